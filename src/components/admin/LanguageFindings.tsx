'use client'

import { useAllFormFields, useDocumentInfo, useField, useLocale, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'

import type { CurriculumCollection } from '@/lib/language/documentText'

import { documentFindingsInContext } from '@/lib/language/context'
import { fieldDisplayName } from '@/lib/language/fieldNames'
import { findingsFingerprint } from '@/lib/language/review'

const COLLECTIONS: readonly string[] = ['modules', 'lessons', 'quizzes'] satisfies CurriculumCollection[]

const TEXT = {
  en: {
    heading: 'Person-first language',
    none: 'No findings in this language.',
    count: (n: number, es: boolean) => `${n} finding${n === 1 ? '' : 's'} in the ${es ? 'Spanish' : 'English'} text you are editing:`,
    consider: 'consider',
    cleared: 'The findings changed, so “I have reviewed the language findings” was cleared. Review them and tick it again to publish as it is.',
  },
  es: {
    heading: 'Lenguaje centrado en la persona',
    none: 'No hay observaciones en este idioma.',
    count: (n: number, es: boolean) => `${n} ${n === 1 ? 'observación' : 'observaciones'} en el texto ${es ? 'en español' : 'en inglés'} que editas:`,
    consider: 'prueba con',
    cleared: 'Las observaciones cambiaron, así que se desmarcó “He revisado las observaciones de lenguaje”. Revísalas y vuelve a marcarla para publicar tal como está.',
  },
}

/**
 * The person-first findings of the text being edited, as the trainer types (the same pure checker
 * the server runs at save), each with its field and the words around the term. It also keeps the
 * "reviewed" tick honest: once ticked, a change in the findings clears it (and its fingerprint, so
 * the server takes a new tick as a new approval; collections/shared/languageReview.ts).
 */
export function LanguageFindings() {
  const [fields] = useAllFormFields()
  const deferredFields = useDeferredValue(fields)
  const { collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const language = i18n.language === 'es' ? 'es' : 'en'
  const contentLocale = locale?.code === 'es' ? 'es' : 'en'
  const text = TEXT[language]

  const findings = useMemo(() => {
    if (!collectionSlug || !COLLECTIONS.includes(collectionSlug)) return []
    try {
      const data = reduceFieldsToValues(deferredFields, true) as Record<string, unknown>
      return documentFindingsInContext(collectionSlug as CurriculumCollection, data, contentLocale)
    } catch {
      // A form state this reader does not expect must never take the edit page down; the save still checks.
      return []
    }
  }, [deferredFields, collectionSlug, contentLocale])
  const fingerprint = findingsFingerprint(findings)

  const { value: reviewed, setValue: setReviewed } = useField<boolean>({ path: 'languageReviewed' })
  const { setValue: setApproved } = useField<string | null>({ path: 'languageReviewedFingerprint' })
  // The findings the tick approved, as this form saw them when it was ticked (or loaded ticked).
  const approvedHere = useRef<string | null>(null)
  const [cleared, setCleared] = useState(false)
  useEffect(() => {
    if (reviewed !== true) {
      approvedHere.current = null
      return
    }
    if (approvedHere.current === null) {
      approvedHere.current = fingerprint
      setCleared(false)
    } else if (approvedHere.current !== fingerprint) {
      approvedHere.current = null
      setCleared(true)
      setReviewed(false)
      setApproved('')
    }
  }, [fingerprint, reviewed, setReviewed, setApproved])

  return (
    <div className="field-type" style={{ marginBottom: '1rem' }} data-testid="language-findings">
      <strong>{text.heading}</strong>
      {findings.length === 0 ? (
        <p style={{ margin: '0.25rem 0 0' }}>{text.none}</p>
      ) : (
        <div role="status" style={{ border: '2px solid #8a4b00', borderRadius: 6, padding: '0.5rem 0.75rem', marginTop: '0.25rem' }}>
          <p style={{ margin: 0 }}>{text.count(findings.length, contentLocale === 'es')}</p>
          <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.1rem' }}>
            {findings.map((finding, index) => (
              <li key={`${finding.field}-${finding.term}-${index}`} style={{ marginTop: '0.25rem' }}>
                <span style={{ fontWeight: 600 }}>{fieldDisplayName(finding.field, language)}</span>
                {': '}
                <q>
                  {finding.before}
                  <mark style={{ fontWeight: 700 }}>{finding.term}</mark>
                  {finding.after}
                </q>
                {' → '}
                {text.consider} “{finding.suggestion}”
              </li>
            ))}
          </ul>
        </div>
      )}
      {cleared && reviewed !== true ? (
        <p role="alert" style={{ margin: '0.5rem 0 0' }}>
          {text.cleared}
        </p>
      ) : null}
    </div>
  )
}
