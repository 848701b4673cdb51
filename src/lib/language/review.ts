import { documentTexts, type ReviewedCollection } from './documentText'
import { glossaryFindings } from './glossary'
import { checkPersonFirstLanguage, type LanguageFinding, type LanguageLocale } from './personFirst'

export interface DocumentFinding {
  field: string
  term: string
  suggestion: string
  rule: string
}

// What a learner may type is graded, not rendered: an accepted answer may be a variant the glossary rules out.
const rendersGlossary = (field: string) => !field.endsWith('.acceptedAnswer')

/**
 * Every language finding in one text: person-first wording, and in Spanish the variants of a glossary term
 * (src/lib/language/glossary.ts) with the glossary's rendering as the suggestion. A glossary variant inside a
 * person-first finding ("recaída" framed as failure) is reported once, as the person-first finding.
 */
export const textFindings = (text: string, locale: LanguageLocale, { glossary = true } = {}): LanguageFinding[] => {
  const personFirst = checkPersonFirstLanguage(text, locale)
  if (locale !== 'es' || !glossary) return personFirst
  const variants = glossaryFindings(text).filter((variant) => !personFirst.some((finding) => variant.start < finding.end && finding.start < variant.end))
  return [...personFirst, ...variants].sort((a, b) => a.start - b.start)
}

/** Language findings for a whole document in one locale, tagged with their field. */
export const documentFindings = (
  collection: ReviewedCollection,
  doc: Record<string, unknown>,
  locale: LanguageLocale,
): DocumentFinding[] =>
  documentTexts(collection, doc).flatMap(({ field, text }) =>
    textFindings(text, locale, { glossary: rendersGlossary(field) }).map(({ term, suggestion, rule }) => ({ field, term, suggestion, rule })),
  )

/**
 * A short fingerprint of a set of findings (which terms, in which fields, by which rule; not where), so
 * the "I have reviewed the language findings" tick can record what it approved and be asked again when
 * the findings change. FNV-1a over the sorted findings: pure, so the admin can compute it too.
 */
export const findingsFingerprint = (findings: readonly Pick<DocumentFinding, 'field' | 'term' | 'rule'>[]): string => {
  const canonical = findings
    .map((finding) => `${finding.field}\u0000${finding.rule}\u0000${finding.term.toLocaleLowerCase()}`)
    .sort()
    .join('\u0001')
  let hash = 0x811c9dc5
  let second = 0x01000193
  for (let index = 0; index < canonical.length; index++) {
    const code = canonical.charCodeAt(index)
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0
    second = Math.imul(second ^ code, 0x85ebca6b) >>> 0
  }
  return `${findings.length}-${hash.toString(16).padStart(8, '0')}${second.toString(16).padStart(8, '0')}`
}
