import type { CollectionBeforeChangeHook, Field } from 'payload'

import { ValidationError } from 'payload'

import { isContentEditorField } from '@/access/roles'
import type { CurriculumCollection, ReviewedCollection } from '@/lib/language/documentText'
import { fieldDisplayName } from '@/lib/language/fieldNames'
import { documentFindings, findingsFingerprint, type DocumentFinding } from '@/lib/language/review'

import { adminLanguage, inAdminLanguage } from './adminLanguage'

/**
 * Sidebar fields: the findings of the last save (the admin also shows the findings of the text being
 * edited, live), the acknowledgement that publishing with findings requires, and the fingerprint of
 * the findings that acknowledgement approved: when the findings change, the tick is asked for again.
 */
export const languageReviewFields: Field[] = [
  {
    name: 'languageFindings',
    type: 'json',
    localized: true,
    label: { en: 'Person-first language', es: 'Lenguaje centrado en la persona' },
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
    label: { en: 'I have reviewed the language findings', es: 'He revisado las observaciones de lenguaje' },
    access: { read: isContentEditorField },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Required to publish while the person-first language check has findings. It clears itself when the findings change, so new wording is reviewed too.',
        es: 'Necesario para publicar mientras la revisión de lenguaje centrado en la persona tenga observaciones. Se desmarca solo cuando cambian las observaciones, para que revises también el texto nuevo.',
      },
    },
  },
  {
    name: 'languageReviewedFingerprint',
    type: 'text',
    localized: true,
    access: { read: isContentEditorField, create: isContentEditorField, update: isContentEditorField },
    admin: { hidden: true },
  },
]

type ReviewData = { languageReviewed?: unknown; languageReviewedFingerprint?: unknown }

/**
 * Whether the document stays "reviewed" after this save, and the fingerprint of the findings that
 * were approved. A tick given in this save approves the findings as they are now: the box was not
 * ticked before, or an API client sent `languageReviewed: true` on its own, or the admin ticked it
 * again after clearing it (it then sends an empty fingerprint). A tick carried over from an earlier
 * save holds only while the findings are the ones it approved.
 */
export const reviewAfterSave = (
  data: ReviewData,
  original: ReviewData | undefined,
  fingerprint: string,
  hasFindings: boolean,
): { reviewed: boolean; fingerprint: string | null; cleared: boolean } => {
  const none = { reviewed: false, fingerprint: null, cleared: false }
  if (!hasFindings) return none
  const sentTick = 'languageReviewed' in data
  const sentFingerprint = 'languageReviewedFingerprint' in data
  const ticked = sentTick ? data.languageReviewed === true : original?.languageReviewed === true
  if (!ticked) return none
  const tickedNow =
    original?.languageReviewed !== true || (sentTick && !sentFingerprint) || data.languageReviewedFingerprint === ''
  if (tickedNow) return { reviewed: true, fingerprint, cleared: false }
  const approved = sentFingerprint ? data.languageReviewedFingerprint : original?.languageReviewedFingerprint
  if (approved === fingerprint) return { reviewed: true, fingerprint, cleared: false }
  return { reviewed: false, fingerprint: null, cleared: true }
}

const findingList = (findings: DocumentFinding[], language: 'en' | 'es'): string =>
  findings
    .map((finding) =>
      language === 'es'
        ? `“${finding.term}” en ${fieldDisplayName(finding.field, 'es')} (prueba con “${finding.suggestion}”)`
        : `“${finding.term}” in ${fieldDisplayName(finding.field, 'en')} (consider “${finding.suggestion}”)`,
    )
    .join('; ')

/**
 * Checks the document's text (in the locale being saved) against the
 * person-first rules. Drafts save with a warning; publishing with findings
 * needs the "reviewed" box ticked, for these findings.
 */
export const checkLanguageOnSave =
  (collection: CurriculumCollection): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const locale = req.locale === 'es' ? 'es' : 'en'
    const findings = documentFindings(collection, { ...(originalDoc ?? {}), ...data }, locale)
    const review = reviewAfterSave(data, originalDoc, findingsFingerprint(findings), findings.length > 0)
    const publishing = data._status === 'published'
    if (publishing && !review.reviewed && findings.length > 0) {
      const list = findingList(findings, adminLanguage(req))
      const message = review.cleared
        ? inAdminLanguage(req, {
            en: `The person-first language findings changed since “I have reviewed the language findings” was ticked, so it was cleared. Now found ${list}. Revise the text, or tick the box again to publish as it is.`,
            es: `Las observaciones de lenguaje centrado en la persona cambiaron desde que marcaste “He revisado las observaciones de lenguaje”, así que se desmarcó. Ahora hay ${list}. Revisa el texto o vuelve a marcar la casilla para publicarlo tal como está.`,
          })
        : inAdminLanguage(req, {
            en: `The person-first language check found ${list}. Revise the text, or tick “I have reviewed the language findings” to publish as it is.`,
            es: `La revisión de lenguaje centrado en la persona encontró ${list}. Revisa el texto o marca “He revisado las observaciones de lenguaje” para publicarlo tal como está.`,
          })
      throw new ValidationError({ collection, errors: [{ path: 'languageReviewed', message }] })
    }
    return {
      ...data,
      languageFindings: findings,
      languageReviewed: review.reviewed,
      languageReviewedFingerprint: review.fingerprint,
    }
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
