import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { Certificate, Progress, QuizAttempt, User } from '@/payload-types'

import { relationId } from '@/lib/relationId'

/**
 * One learner's own records, read as that learner (overrideAccess: false).
 * Never cached: they change with every step the learner takes.
 */
const as = (user: User, locale: AppLocale) => ({ overrideAccess: false, user, locale, fallbackLocale: 'en' as const })

export type LessonStatus = 'not-started' | 'in-progress' | 'completed'

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
