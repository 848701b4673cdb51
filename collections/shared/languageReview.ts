import type { CollectionBeforeChangeHook, Field } from 'payload'

import { ValidationError } from 'payload'

import { isContentEditorField } from '@/access/roles'
import type { CurriculumCollection, ReviewedCollection } from '@/lib/language/documentText'
import { documentFindings } from '@/lib/language/review'

/**
 * Sidebar fields: the findings of the last save (shown to the trainer as a
 * warning) and the acknowledgement that publishing with findings requires.
 */
export const languageReviewFields: Field[] = [
  {
    name: 'languageFindings',
    type: 'json',
    localized: true,
    access: { read: isContentEditorField, update: () => false, create: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Field: '/components/admin/LanguageFindings#LanguageFindings' },
    },
  },
  {
    name: 'languageReviewed',
    type: 'checkbox',
    localized: true,
    label: 'I have reviewed the language findings',
    access: { read: isContentEditorField },
    admin: {
      position: 'sidebar',
      description: 'Required to publish while the person-first language check has findings.',
    },
  },
]

/**
 * Checks the document's text (in the locale being saved) against the
 * person-first rules. Drafts save with a warning; publishing with findings
 * needs the "reviewed" box ticked.
 */
export const checkLanguageOnSave =
  (collection: CurriculumCollection): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const locale = req.locale === 'es' ? 'es' : 'en'
    const findings = documentFindings(collection, { ...(originalDoc ?? {}), ...data }, locale)
    const publishing = data._status === 'published'
    if (publishing && findings.length > 0 && !data.languageReviewed) {
      const list = findings.map((finding) => `“${finding.term}” (${finding.field}) → ${finding.suggestion}`).join('; ')
      throw new ValidationError({
        collection,
        errors: [
          {
            path: 'languageReviewed',
            message: `Person-first language check: ${list}. Revise the text, or tick “I have reviewed the language findings” to publish as it is.`,
          },
        ],
      })
    }
    return { ...data, languageFindings: findings }
  }

/**
 * For collections without drafts (competencies): there is no publish step to hold back, so a save whose text
 * has person-first findings is refused with the findings and their suggestions.
 */
export const refuseLanguageFindingsOnSave =
  (collection: ReviewedCollection): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const locale = req.locale === 'es' ? 'es' : 'en'
    const findings = documentFindings(collection, { ...(originalDoc ?? {}), ...data }, locale)
    if (findings.length === 0) return data
    throw new ValidationError({
      collection,
      errors: findings.map((finding) => ({
        path: finding.field,
        message: `Person-first language check: “${finding.term}” → ${finding.suggestion}.`,
      })),
    })
  }
