import type { Payload } from 'payload'

import type { ReviewedCollection } from './documentText'

import { documentFindings, type DocumentFinding } from './review'

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
