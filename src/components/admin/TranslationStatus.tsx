'use client'

import type { UIFieldClientComponent } from 'payload'

import { useDocumentInfo } from '@payloadcms/ui'

import type { CurriculumCollection } from '@/lib/language/documentText'

import { useSpanishGaps } from './useSpanishGaps'

const SHOWN = 12

/** Sidebar: what this module, lesson or quiz still lacks in Spanish (learners using Spanish read those parts in English). */
export const TranslationStatus: UIFieldClientComponent = () => {
  const { collectionSlug } = useDocumentInfo()
  const missing = useSpanishGaps(collectionSlug as CurriculumCollection)
  return (
    <div className="field-type" style={{ marginBottom: '1rem' }} data-testid="translation-status">
      <strong>Spanish translation</strong>
      {missing === null ? (
        <p style={{ margin: '0.25rem 0 0' }}>Checking…</p>
      ) : missing.length === 0 ? (
        <p style={{ margin: '0.25rem 0 0' }}>Complete: every text has a Spanish version.</p>
      ) : (
        <div role="status" style={{ border: '2px solid #8a4b00', borderRadius: 6, padding: '0.5rem 0.75rem', marginTop: '0.25rem' }}>
          <p style={{ margin: 0 }}>
            Missing in Spanish ({missing.length}); learners using Spanish see the English text:
          </p>
          <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.1rem' }}>
            {missing.slice(0, SHOWN).map((entry) => (
              <li key={entry.path}>{entry.label}</li>
            ))}
            {missing.length > SHOWN ? <li>…and {missing.length - SHOWN} more</li> : null}
          </ul>
        </div>
      )}
    </div>
  )
}
