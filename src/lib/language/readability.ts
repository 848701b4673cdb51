import readability from 'text-readability'

import { stripMarkers } from '@/lib/curriculum/citationMarkers'

/**
 * Reading level of lesson prose, as a US school grade (Flesch–Kincaid, via text-readability).
 * Peer staff often hold a high-school diploma, so the curriculum aims at grade 8.
 */

export const TARGET_GRADE = 8

/**
 * Joins texts into prose the formula can count: bold and citation markers ("[1]") dropped, so a cited sentence
 * reads as hard as the same sentence uncited, and every text ends as a sentence.
 */
export const asProse = (texts: readonly string[]): string =>
  texts
    .map((text) => stripMarkers(text.replace(/\*\*/g, '')).trim())
    .filter(Boolean)
    .map((text) => (/[.?!:;…]["”’)]?$/.test(text) ? text : `${text}.`))
    .join(' ')

/** Flesch–Kincaid grade of some English prose, to one decimal. */
export const gradeLevel = (texts: readonly string[]): number => {
  const prose = asProse(texts)
  if (!prose) return 0
  return Math.round(readability.fleschKincaidGrade(prose) * 10) / 10
}

/** The highest grade `npm run lint:language` accepts for a shipped lesson: the target itself. */
export const GRADE_CEILING = TARGET_GRADE

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: { blockType?: string; title?: unknown; text?: unknown } }

const textOf = (node: LexicalNode): string => (node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join(''))

/** The prose a learner reads in a Lexical lesson body: paragraphs, list items and callouts, not headings or key terms. */
export const lexicalProse = (state: unknown): string[] => {
  const out: string[] = []
  for (const node of (state as { root?: LexicalNode } | null)?.root?.children ?? []) {
    if (node.type === 'paragraph' || node.type === 'quote') out.push(textOf(node))
    if (node.type === 'list') for (const item of node.children ?? []) out.push(textOf(item))
    if (node.type === 'block' && node.fields?.blockType === 'callout') {
      for (const value of [node.fields.title, node.fields.text]) if (typeof value === 'string') out.push(value)
    }
  }
  return out.filter((text) => text.trim())
}

/** Words a learner reads per minute when studying, and the minutes a reflection callout asks for. */
const STUDY_WORDS_PER_MINUTE = 150
const REFLECTION_MINUTES = 3

/** Words in some lesson texts, citation markers not counted ("[1, 3]" is not two words a learner reads). */
export const wordCount = (texts: readonly string[]): number =>
  texts.flatMap((text) => stripMarkers(text).split(/\s+/)).filter(Boolean).length

/** A lesson's time estimate from its English word count, so the same length gets the same estimate in every module. */
export const readingMinutes = (words: number): number => Math.ceil(words / STUDY_WORDS_PER_MINUTE) + REFLECTION_MINUTES

/** Minutes a module's quiz is estimated at, on top of its lessons. */
export const QUIZ_MINUTES = 10
