import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { CurriculumCollection } from '@/lib/language/documentText'
import type { Lesson, Module, Quiz, User } from '@/payload-types'

import { fallbackParts, missingSpanish, type TranslationPart } from '@/lib/language/translationStatus'

/**
 * Curriculum reads for the learner site. Every read acts as `reader` with
 * access control on (overrideAccess: false), so the same rules as the API
 * apply: published only, shared or the reader's organization's, answer keys
 * and feedback stripped by field access.
 */
const as = (reader: User, locale: AppLocale, draft = false) => ({ overrideAccess: false, user: reader, locale, fallbackLocale: 'en' as const, draft })

/**
 * Who a learner of an organization is, as far as curriculum access can tell:
 * what every learner of that organization sees is what this reader sees, so a
 * read made as this reader may be shared by all of them (see src/cache).
 */
export const learnerOfOrganization = (organizationId: number | null): User =>
  ({ id: 0, role: 'learner', organization: organizationId, collection: 'users', email: 'reader@peerpath.invalid' }) as unknown as User

export const listModules = async (payload: Payload, reader: User, locale: AppLocale): Promise<Module[]> =>
  (
    await payload.find({
      collection: 'modules',
      ...as(reader, locale),
      sort: 'order',
      limit: 100,
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, summary: true, order: true, estimatedMinutes: true, area: true },
    })
  ).docs as Module[]

/**
 * `draft`: the latest draft of each document instead of its published version, for a trainer's preview
 * (the document's own access still applies: only editors read drafts). Never used for a cached read.
 */
export const findModule = async (payload: Payload, reader: User, locale: AppLocale, slug: string, draft = false): Promise<Module | null> =>
  ((
    await payload.find({
      collection: 'modules',
      ...as(reader, locale, draft),
      where: { slug: { equals: slug } },
      limit: 1,
      pagination: false,
      depth: 1,
    })
  ).docs[0] as Module | undefined) ?? null

export const listLessons = async (payload: Payload, reader: User, locale: AppLocale, moduleIds: number[] | null, draft = false): Promise<Lesson[]> =>
  (
    await payload.find({
      collection: 'lessons',
      ...as(reader, locale, draft),
      where: moduleIds ? { module: { in: moduleIds } } : undefined,
      sort: 'order',
      limit: 500,
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, order: true, module: true, estimatedMinutes: true, competencies: true },
    })
  ).docs as Lesson[]

export const findLesson = async (payload: Payload, reader: User, locale: AppLocale, moduleId: number, slug: string, draft = false): Promise<Lesson | null> =>
  ((
    await payload.find({
      collection: 'lessons',
      ...as(reader, locale, draft),
      where: { and: [{ slug: { equals: slug } }, { module: { equals: moduleId } }] },
      limit: 1,
      pagination: false,
      depth: 1,
    })
  ).docs[0] as Lesson | undefined) ?? null

export const findModuleQuiz = async (payload: Payload, reader: User, locale: AppLocale, moduleId: number, draft = false): Promise<Quiz | null> =>
  ((
    await payload.find({
      collection: 'quizzes',
      ...as(reader, locale, draft),
      where: { module: { equals: moduleId } },
      limit: 1,
      pagination: false,
      depth: 0,
    })
  ).docs[0] as Quiz | undefined) ?? null

/**
 * The parts of one document a reader using Spanish sees in English (title,
 * body, questions…): the document read in each language with no fallback and
 * compared (src/lib/language/translationStatus.ts). Empty when the reader may
 * not read the document.
 */
export const findSpanishGaps = async (
  payload: Payload,
  reader: User,
  collection: CurriculumCollection,
  id: number,
  draft = false,
): Promise<TranslationPart[]> => {
  const read = (locale: AppLocale) =>
    payload
      .findByID({ collection, id, overrideAccess: false, user: reader, locale, fallbackLocale: false, draft, depth: 0 })
      .catch(() => null) as Promise<Record<string, unknown> | null>
  const [en, es] = await Promise.all([read('en'), read('es')])
  return en ? fallbackParts(missingSpanish(collection, en, es)) : []
}
