import type { CurriculumCollection } from './documentText'

import { lexicalTexts } from './documentText'

/** Where a learner meets the text: the notice on the site names these parts, the admin names the exact field. */
export type TranslationPart = 'title' | 'summary' | 'body' | 'instructions' | 'questions'

export interface MissingTranslation {
  /** The field's path in the document, as the admin form names it (`questions.0.choices.1.text`). */
  path: string
  part: TranslationPart
  /** For a trainer: "Question 2, choice 1: text". */
  label: string
}

type Doc = Record<string, unknown> | null | undefined

interface Choice {
  text?: unknown
  feedback?: unknown
}

interface QuestionLike {
  prompt?: unknown
  choices?: unknown
  acceptedAnswers?: unknown
  correctFeedback?: unknown
  incorrectFeedback?: unknown
}

/**
 * Array rows, also when they come from a form's flattened state, where
 * `questions.0.prompt` unflattens to an object keyed by row number.
 */
const rowsOf = <T>(value: unknown): T[] => {
  if (Array.isArray(value)) return value as T[]
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => /^\d+$/.test(key))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, row]) => row as T)
  }
  return []
}

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0
const hasRichText = (value: unknown): boolean => lexicalTexts(value, 'body').length > 0
const hasAccepted = (rows: unknown): boolean => rowsOf<{ answer?: unknown } | null>(rows).some((row) => hasText(row?.answer))

/**
 * What a document has in English and lacks in Spanish: the texts a learner
 * using Spanish would read in English (Payload falls back to English). Takes
 * the document read once per locale with no fallback (`fallbackLocale: false`),
 * so an empty Spanish field is empty and not the English copy. Arrays that
 * are not localized (questions, choices) have the same rows in both reads and
 * are compared row by row.
 */
export const missingSpanish = (collection: CurriculumCollection, en: Doc, es: Doc): MissingTranslation[] => {
  const source = en ?? {}
  const target = es ?? {}
  const out: MissingTranslation[] = []
  const check = (path: string, part: TranslationPart, label: string, inEnglish: boolean, inSpanish: boolean) => {
    if (inEnglish && !inSpanish) out.push({ path, part, label })
  }
  check('title', 'title', 'Title', hasText(source.title), hasText(target.title))
  if (collection !== 'quizzes') check('summary', 'summary', 'Summary', hasText(source.summary), hasText(target.summary))
  if (collection === 'lessons') check('body', 'body', 'Body', hasRichText(source.body), hasRichText(target.body))
  if (collection === 'quizzes') {
    check('instructions', 'instructions', 'Instructions', hasText(source.instructions), hasText(target.instructions))
    const spanish = rowsOf<QuestionLike>(target.questions)
    for (const [index, question] of rowsOf<QuestionLike>(source.questions).entries()) {
      const other: QuestionLike = spanish[index] ?? {}
      const at = `questions.${index}`
      const name = `Question ${index + 1}`
      check(`${at}.prompt`, 'questions', `${name}: question text`, hasText(question.prompt), hasText(other.prompt))
      const otherChoices = rowsOf<Choice>(other.choices)
      for (const [choiceIndex, choice] of rowsOf<Choice>(question.choices).entries()) {
        const otherChoice = otherChoices[choiceIndex] ?? {}
        const choiceName = `${name}, choice ${choiceIndex + 1}`
        check(`${at}.choices.${choiceIndex}.text`, 'questions', `${choiceName}: text`, hasText(choice.text), hasText(otherChoice.text))
        check(`${at}.choices.${choiceIndex}.feedback`, 'questions', `${choiceName}: feedback`, hasText(choice.feedback), hasText(otherChoice.feedback))
      }
      check(`${at}.acceptedAnswers`, 'questions', `${name}: accepted answers`, hasAccepted(question.acceptedAnswers), hasAccepted(other.acceptedAnswers))
      check(`${at}.correctFeedback`, 'questions', `${name}: correct-answer feedback`, hasText(question.correctFeedback), hasText(other.correctFeedback))
      check(`${at}.incorrectFeedback`, 'questions', `${name}: incorrect-answer feedback`, hasText(question.incorrectFeedback), hasText(other.incorrectFeedback))
    }
  }
  return out
}

/** The parts of a page that show English under the Spanish interface, each once, in reading order. */
export const fallbackParts = (missing: MissingTranslation[]): TranslationPart[] => [...new Set(missing.map((entry) => entry.part))]
