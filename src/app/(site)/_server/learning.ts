import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { User } from '@/payload-types'

import { isContentEditorUser, organizationOf } from '@/access/roles'
import { publishedLesson, publishedLessons, publishedModule, publishedModules, publishedQuiz } from '@/cache/curriculum'
import * as live from '@/lib/curriculum/published'

export { assignedDueDates, idOf, lessonStatuses, listAttempts, listCertificates, listProgress } from '@/lib/progress/learnerRecords'
export type { LessonStatus } from '@/lib/progress/learnerRecords'

/**
 * The learner site's curriculum reads. A learner sees exactly what every
 * learner of their organization sees, so those reads come from Next's data
 * cache keyed by organization and language; trainers and admins read live,
 * as themselves (they may see drafts), and nothing of theirs is cached.
 */
const editor = (user: User) => isContentEditorUser(user)

export const listModules = (payload: Payload, user: User, locale: AppLocale) =>
  editor(user) ? live.listModules(payload, user, locale) : publishedModules(payload, organizationOf(user), locale)

export const findModule = (payload: Payload, user: User, locale: AppLocale, slug: string) =>
  editor(user) ? live.findModule(payload, user, locale, slug) : publishedModule(payload, organizationOf(user), locale, slug)

export const listLessons = (payload: Payload, user: User, locale: AppLocale, moduleIds?: number[]) =>
  editor(user)
    ? live.listLessons(payload, user, locale, moduleIds ?? null)
    : publishedLessons(payload, organizationOf(user), locale, moduleIds ? moduleIds.join(',') : null)

export const findLesson = (payload: Payload, user: User, locale: AppLocale, moduleId: number, slug: string) =>
  editor(user) ? live.findLesson(payload, user, locale, moduleId, slug) : publishedLesson(payload, organizationOf(user), locale, moduleId, slug)

export const findModuleQuiz = (payload: Payload, user: User, locale: AppLocale, moduleId: number) =>
  editor(user) ? live.findModuleQuiz(payload, user, locale, moduleId) : publishedQuiz(payload, organizationOf(user), locale, moduleId)
