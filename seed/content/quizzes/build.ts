import type { ChoiceContent } from '../types'

/**
 * Small builders for question banks, so each question reads as its text:
 * every pair is [English, Spanish].
 */
export type Pair = [en: string, es: string]

const choice = (isCorrect: boolean, [textEn, textEs]: Pair, [feedbackEn, feedbackEs]: Pair): ChoiceContent => ({
  isCorrect,
  en: { text: textEn, feedback: feedbackEn },
  es: { text: textEs, feedback: feedbackEs },
})

/** A correct choice and the feedback a learner who picks it reads. */
export const right = (text: Pair, feedback: Pair) => choice(true, text, feedback)
/** A wrong choice and why it does not fit. */
export const wrong = (text: Pair, feedback: Pair) => choice(false, text, feedback)

/** The two choices of a true/false question: True / Verdadero first, then False / Falso. */
export const trueFalse = (answer: boolean, ifTrue: Pair, ifFalse: Pair): ChoiceContent[] => [
  choice(answer, ['True', 'Verdadero'], ifTrue),
  choice(!answer, ['False', 'Falso'], ifFalse),
]

/** Prompts in both languages. */
export const prompt = ([en, es]: Pair) => ({ en: { prompt: en }, es: { prompt: es } })
