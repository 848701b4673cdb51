import type { Payload } from 'payload'

import type { Certificate, Lesson, Module, Progress, Quiz, QuizAttempt, User } from '../../payload-types'
import type { AppLocale } from '../locales'

import { isContentEditorUser } from '../../access/roles'
import { cachedPublished } from './publishedCache'

/**
 * Reads for the learner site. Every call acts as the signed-in user
 * (overrideAccess: false), so the same access rules as the API apply.
 */
const as = (user: User, locale: AppLocale) => ({ overrideAccess: false, user, locale, fallbackLocale: 'en' as const })

/**
 * Curriculum reads are cached for learners, whose view (published only, no
 * answer keys) is the same for all of them; editors always read live. If
 * curriculum ever differs between organizations, the organization joins the key.
 */
const curriculumRead = <T>(user: User, key: string, load: () => Promise<T>): Promise<T> =>
  isContentEditorUser(user) ? load() : cachedPublished(key, load)

export type LessonStatus = 'not-started' | 'in-progress' | 'completed'

export const listModules = async (payload: Payload, user: User, locale: AppLocale): Promise<Module[]> =>
  curriculumRead(user, `modules:${locale}`, async () => (
    await payload.find({
      collection: 'modules',
      ...as(user, locale),
      sort: 'order',
      limit: 100,
      depth: 0,
      select: { title: true, slug: true, summary: true, order: true, estimatedMinutes: true, area: true },
    })
  ).docs as Module[])

export const findModule = async (payload: Payload, user: User, locale: AppLocale, slug: string) =>
  curriculumRead(user, `module:${locale}:${slug}`, async () => (
    await payload.find({
      collection: 'modules',
      ...as(user, locale),
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
    })
  ).docs[0] as Module | undefined)

export const listLessons = async (payload: Payload, user: User, locale: AppLocale, moduleIds?: number[]) =>
  curriculumRead(user, `lessons:${locale}:${moduleIds?.join(',') ?? 'all'}`, async () => (
    await payload.find({
      collection: 'lessons',
      ...as(user, locale),
      where: moduleIds ? { module: { in: moduleIds } } : undefined,
      sort: 'order',
      limit: 500,
      depth: 0,
      select: { title: true, slug: true, order: true, module: true, estimatedMinutes: true, competencies: true },
    })
  ).docs as Lesson[])

export const findLesson = async (payload: Payload, user: User, locale: AppLocale, moduleId: number, slug: string) =>
  curriculumRead(user, `lesson:${locale}:${moduleId}:${slug}`, async () => (
    await payload.find({
      collection: 'lessons',
      ...as(user, locale),
      where: { and: [{ slug: { equals: slug } }, { module: { equals: moduleId } }] },
      limit: 1,
      depth: 1,
    })
  ).docs[0] as Lesson | undefined)

export const findModuleQuiz = async (payload: Payload, user: User, locale: AppLocale, moduleId: number) =>
  curriculumRead(user, `quiz:${locale}:${moduleId}`, async () => (
    await payload.find({
      collection: 'quizzes',
      ...as(user, locale),
      where: { module: { equals: moduleId } },
      limit: 1,
      depth: 0,
    })
  ).docs[0] as Quiz | undefined)

export const listProgress = async (payload: Payload, user: User, moduleId?: number) =>
  (
    await payload.find({
      collection: 'progress',
      overrideAccess: false,
      user,
      where: { and: [{ user: { equals: user.id } }, ...(moduleId ? [{ module: { equals: moduleId } }] : [])] },
      sort: '-lastSeenAt',
      limit: 1000,
      depth: 0,
    })
  ).docs as Progress[]

export const listAttempts = async (payload: Payload, user: User, quizId: number) =>
  (
    await payload.find({
      collection: 'quiz-attempts',
      overrideAccess: false,
      user,
      where: { and: [{ user: { equals: user.id } }, { quiz: { equals: quizId } }] },
      sort: '-attemptNumber',
      limit: 50,
      depth: 0,
    })
  ).docs as QuizAttempt[]

export const listCertificates = async (payload: Payload, user: User, locale: AppLocale) =>
  (
    await payload.find({
      collection: 'certificates',
      ...as(user, locale),
      where: { user: { equals: user.id } },
      sort: '-issuedAt',
      limit: 100,
      depth: 1,
    })
  ).docs as Certificate[]

export const idOf = (value: number | { id: number } | null | undefined): number | undefined =>
  value == null ? undefined : typeof value === 'number' ? value : value.id

/** Status of each lesson for the learner, from their progress rows. */
export const lessonStatuses = (progress: Progress[]): Map<number, LessonStatus> =>
  new Map(progress.map((row) => [idOf(row.lesson)!, row.status === 'completed' ? 'completed' : 'in-progress']))
