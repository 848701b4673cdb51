import type { Payload } from 'payload'

import type { CurriculumCollection } from './documentText'

import { documentFindings, type DocumentFinding } from './review'

export interface PublishedFinding extends DocumentFinding {
  collection: CurriculumCollection
  slug: string
  locale: 'en' | 'es'
}

const COLLECTIONS: CurriculumCollection[] = ['modules', 'lessons', 'quizzes']

/** Every person-first finding in published curriculum, in both locales (no fallback between them). */
export const scanPublishedContent = async (payload: Payload): Promise<PublishedFinding[]> => {
  const findings: PublishedFinding[] = []
  for (const collection of COLLECTIONS) {
    for (const locale of ['en', 'es'] as const) {
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        locale,
        fallbackLocale: false,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const doc of docs) {
        const record = doc as unknown as Record<string, unknown> & { slug: string }
        for (const finding of documentFindings(collection, record, locale)) {
          findings.push({ ...finding, collection, slug: record.slug, locale })
        }
      }
    }
  }
  return findings
}
