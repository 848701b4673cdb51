import type { Payload } from 'payload'

import type { Certificate, Lesson, Module, Progress, Quiz, QuizAttempt, User } from '../../payload-types'
import type { AppLocale } from '../locales'

import { isContentEditorUser, organizationOf } from '../../access/roles'
import { relationId } from '../relationId'
import { cachedPublished } from './publishedCache'

/**
 * Reads for the learner site. Every call acts as the signed-in user
 * (overrideAccess: false), so the same access rules as the API apply.
 */
const as = (user: User, locale: AppLocale) => ({ overrideAccess: false, user, locale, fallbackLocale: 'en' as const })

/**
 * Curriculum reads are cached for learners, whose view (published only, no
 * answer keys) is the same for everyone in one organization (shared modules
 * plus its private ones); editors always read live.
 */
const curriculumRead = <T>(user: User, key: string, load: () => Promise<T>): Promise<T> =>
  isContentEditorUser(user) ? load() : cachedPublished(`org:${organizationOf(user) ?? 'none'}:${key}`, load)

export type LessonStatus = 'not-started' | 'in-progress' | 'completed'

export const listModules = async (payload: Payload, user: User, locale: AppLocale): Promise<Module[]> =>
  curriculumRead(user, `modules:${locale}`, async () => (
    await payload.find({
      collection: 'modules',
      ...as(user, locale),
      sort: 'order',
      limit: 100,
      pagination: false,
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
      pagination: false,
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
      pagination: false,
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
      pagination: false,
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
      pagination: false,
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
      // The pages need the rows, not a total: no COUNT query.
      pagination: false,
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
      pagination: false,
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
      pagination: false,
      depth: 1,
    })
  ).docs as Certificate[]

export const idOf = (value: number | { id: number } | null | undefined): number | undefined => relationId(value) ?? undefined

/** Status of each lesson for the learner, from their progress rows. */
export const lessonStatuses = (progress: Progress[]): Map<number, LessonStatus> =>
  new Map(progress.map((row) => [idOf(row.lesson)!, row.status === 'completed' ? 'completed' : 'in-progress']))

/**
 * Due date of each module assigned to the learner, directly or through their
 * cohort, paths expanded; the earliest wins when a module is assigned twice.
 */
export const assignedDueDates = async (payload: Payload, user: User): Promise<Map<number, string>> => {
  const as = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const { docs: assignments } = await payload.find({ collection: 'assignments', ...as, select: { module: true, path: true, dueDate: true } })
  const pathIds = [...new Set(assignments.map((assignment) => idOf(assignment.path)).filter((id): id is number => id !== undefined))]
  const { docs: paths } = pathIds.length
    ? await payload.find({ collection: 'paths', ...as, where: { id: { in: pathIds } }, select: { modules: true } })
    : { docs: [] }
  const modulesOfPath = new Map(paths.map((path) => [path.id, (path.modules ?? []).map((module) => idOf(module)!)]))
  const due = new Map<number, string>()
  for (const assignment of assignments) {
    const path = idOf(assignment.path)
    const modules = path !== undefined ? (modulesOfPath.get(path) ?? []) : [idOf(assignment.module)!]
    for (const module of modules) {
      const current = due.get(module)
      if (!current || assignment.dueDate < current) due.set(module, assignment.dueDate)
    }
  }
  return due
}
