import type { Payload } from 'payload'

import type { CurriculumCollection } from '@/lib/language/documentText'
import type { TranslationPart } from '@/lib/language/translationStatus'
import type { AppLocale } from '@/lib/locales'
import type { User } from '@/payload-types'

import { isContentEditorUser, organizationOf } from '@/access/roles'
import { publishedLesson, publishedLessons, publishedModule, publishedModules, publishedQuiz, publishedSpanishGaps } from '@/cache/curriculum'
import * as live from '@/lib/curriculum/published'

export { assignedDueDates, idOf, lessonStatuses, listAttempts, listCertificates, listProgress } from '@/lib/progress/learnerRecords'
export type { LessonStatus } from '@/lib/progress/learnerRecords'

/**
 * The learner site's curriculum reads. A learner sees exactly what every
 * learner of their organization sees, so those reads come from Next's data
 * cache keyed by organization and language; trainers and admins read live,
 * as themselves (they may see drafts), and nothing of theirs is cached.
 *
 * `preview` (a trainer or admin who turned on preview, see ./preview.ts)
 * reads the latest drafts. It counts only for editors: a learner's reads are
 * the cached published ones whatever they pass, and no draft read ever goes
 * through the cache.
 */
const editor = (user: User) => isContentEditorUser(user)
const drafts = (user: User, preview: boolean) => editor(user) && preview

export const listModules = (payload: Payload, user: User, locale: AppLocale) =>
  editor(user) ? live.listModules(payload, user, locale) : publishedModules(payload, organizationOf(user), locale)

export const findModule = (payload: Payload, user: User, locale: AppLocale, slug: string, preview = false) =>
  editor(user) ? live.findModule(payload, user, locale, slug, drafts(user, preview)) : publishedModule(payload, organizationOf(user), locale, slug)

export const listLessons = (payload: Payload, user: User, locale: AppLocale, moduleIds?: number[], preview = false) =>
  editor(user)
    ? live.listLessons(payload, user, locale, moduleIds ?? null, drafts(user, preview))
    : publishedLessons(payload, organizationOf(user), locale, moduleIds ? moduleIds.join(',') : null)

export const findLesson = (payload: Payload, user: User, locale: AppLocale, moduleId: number, slug: string, preview = false) =>
  editor(user)
    ? live.findLesson(payload, user, locale, moduleId, slug, drafts(user, preview))
    : publishedLesson(payload, organizationOf(user), locale, moduleId, slug)

export const findModuleQuiz = (payload: Payload, user: User, locale: AppLocale, moduleId: number, preview = false) =>
  editor(user)
    ? live.findModuleQuiz(payload, user, locale, moduleId, drafts(user, preview))
    : publishedQuiz(payload, organizationOf(user), locale, moduleId)

/** What the page shows in English under the Spanish interface; nothing to say in English. */
export const spanishGaps = async (
  payload: Payload,
  user: User,
  locale: AppLocale,
  collection: CurriculumCollection,
  id: number,
  preview = false,
): Promise<TranslationPart[]> => {
  if (locale !== 'es') return []
  return editor(user)
    ? live.findSpanishGaps(payload, user, collection, id, drafts(user, preview))
    : publishedSpanishGaps(payload, organizationOf(user), collection, id)
}
