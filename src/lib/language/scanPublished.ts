import type { Payload } from 'payload'

import type { CurriculumCollection, ReviewedCollection } from './documentText'

import { gradeLevel, lexicalProse } from './readability'
import { documentFindings, type DocumentFinding } from './review'
import { type MissingTranslation, missingSpanish } from './translationStatus'

export interface PublishedFinding extends DocumentFinding {
  collection: ReviewedCollection
  slug: string
  locale: 'en' | 'es'
}

// Competencies have no drafts: every one is live.
const COLLECTIONS: ReviewedCollection[] = ['modules', 'lessons', 'quizzes', 'competencies']

/** Every person-first finding in published curriculum, in both locales (no fallback between them). */
export const scanPublishedContent = async (payload: Payload): Promise<PublishedFinding[]> => {
  const findings: PublishedFinding[] = []
  for (const collection of COLLECTIONS) {
    for (const locale of ['en', 'es'] as const) {
      const { docs } = await payload.find({
        collection,
        ...(collection === 'competencies' ? {} : { where: { _status: { equals: 'published' } } }),
        locale,
        fallbackLocale: false,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const doc of docs) {
        const record = doc as unknown as Record<string, unknown> & { slug?: string; code?: string }
        for (const finding of documentFindings(collection, record, locale)) {
          findings.push({ ...finding, collection, slug: record.slug ?? record.code ?? String(record.id), locale })
        }
      }
    }
  }
  return findings
}

export interface LessonGrade {
  slug: string
  grade: number
  /** Seeded from the shipped curriculum (it carries the shipped content hash); trainers' own lessons do not. */
  shipped: boolean
}

/** The reading grade of every published lesson's English prose, hardest first. */
export const publishedLessonGrades = async (payload: Payload): Promise<LessonGrade[]> => {
  const { docs } = await payload.find({
    collection: 'lessons',
    where: { _status: { equals: 'published' } },
    locale: 'en',
    fallbackLocale: false,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true, body: true, shippedContentHash: true },
  })
  return docs
    .map((doc) => ({ slug: doc.slug, grade: gradeLevel(lexicalProse(doc.body)), shipped: Boolean(doc.shippedContentHash) }))
    .sort((a, b) => b.grade - a.grade || a.slug.localeCompare(b.slug))
}

export interface UntranslatedDocument {
  collection: CurriculumCollection
  slug: string
  /** Seeded from the shipped curriculum, or written by a trainer. */
  shipped: boolean
  missing: MissingTranslation[]
}

/** Every published module, lesson and quiz with text in English and not in Spanish, and which texts. */
export const untranslatedPublishedContent = async (payload: Payload): Promise<UntranslatedDocument[]> => {
  const out: UntranslatedDocument[] = []
  for (const collection of ['modules', 'lessons', 'quizzes'] as const) {
    const read = async (locale: 'en' | 'es') =>
      (
        await payload.find({
          collection,
          where: { _status: { equals: 'published' } },
          locale,
          fallbackLocale: false,
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs as unknown as (Record<string, unknown> & { id: number; slug: string; shippedContentHash?: string | null })[]
    const [english, spanish] = await Promise.all([read('en'), read('es')])
    const spanishById = new Map(spanish.map((doc) => [doc.id, doc]))
    for (const doc of english) {
      const missing = missingSpanish(collection, doc, spanishById.get(doc.id))
      if (missing.length > 0) out.push({ collection, slug: doc.slug, shipped: Boolean(doc.shippedContentHash), missing })
    }
  }
  return out
}
