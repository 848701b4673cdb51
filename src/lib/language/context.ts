import { documentTexts, type ReviewedCollection } from './documentText'
import { checkPersonFirstLanguage, type LanguageLocale } from './personFirst'

/** A finding with the words around it, so a trainer can find "adicto" in a long lesson body. */
export interface FindingInContext {
  field: string
  term: string
  suggestion: string
  rule: string
  /** Up to `WORDS_AROUND` words before the term, with "…" when the text goes on. */
  before: string
  /** Up to `WORDS_AROUND` words after the term, with "…" when the text goes on. */
  after: string
}

const WORDS_AROUND = 6

/** The last `count` words of a text (keeping its spacing), marked "…" when words were left out. */
const lastWords = (text: string, count: number): string => {
  const words = text.split(/(\s+)/)
  const kept: string[] = []
  let seen = 0
  for (let index = words.length - 1; index >= 0; index--) {
    const part = words[index]
    if (part.trim()) {
      if (seen === count) return `…${kept.join('').trimStart()}`
      seen++
    }
    kept.unshift(part)
  }
  return kept.join('').trimStart()
}

const firstWords = (text: string, count: number): string => {
  const words = text.split(/(\s+)/)
  const kept: string[] = []
  let seen = 0
  for (const part of words) {
    if (part.trim()) {
      if (seen === count) return `${kept.join('').trimEnd()}…`
      seen++
    }
    kept.push(part)
  }
  return kept.join('').trimEnd()
}

/** The words either side of `text.slice(start, end)`. */
export const snippetAround = (text: string, start: number, end: number, words = WORDS_AROUND): { before: string; after: string } => ({
  before: lastWords(text.slice(0, start), words),
  after: firstWords(text.slice(end), words),
})

/**
 * Person-first findings of a document (in one locale) with the words around each term.
 * Pure and free of server imports: the admin runs it on the form while a trainer types.
 */
export const documentFindingsInContext = (
  collection: ReviewedCollection,
  doc: Record<string, unknown>,
  locale: LanguageLocale,
): FindingInContext[] =>
  documentTexts(collection, doc).flatMap(({ field, text }) =>
    checkPersonFirstLanguage(text, locale).map(({ term, suggestion, rule, start, end }) => ({
      field,
      term,
      suggestion,
      rule,
      ...snippetAround(text, start, end),
    })),
  )
