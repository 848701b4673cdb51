import { documentTexts, type ReviewedCollection } from './documentText'
import { checkPersonFirstLanguage, type LanguageLocale } from './personFirst'

export interface DocumentFinding {
  field: string
  term: string
  suggestion: string
  rule: string
}

/** Person-first findings for a whole document in one locale, tagged with their field. */
export const documentFindings = (
  collection: ReviewedCollection,
  doc: Record<string, unknown>,
  locale: LanguageLocale,
): DocumentFinding[] =>
  documentTexts(collection, doc).flatMap(({ field, text }) =>
    checkPersonFirstLanguage(text, locale).map(({ term, suggestion, rule }) => ({ field, term, suggestion, rule })),
  )
