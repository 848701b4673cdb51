import { createHmac } from 'node:crypto'

import { AppError } from '@/lib/errors'

import type { AnswerProblem, SubmittedAnswer } from './grade'

/** What the draw needs of a bank question: its row id and the lesson it assesses. */
export interface BankQuestion {
  id?: string | null
  lesson?: number | { id: number } | null
}

export interface DrawKey {
  userId: number
  quizId: number
  attemptNumber: number
}

/**
 * The seed of one attempt's draw: an HMAC of (quiz, learner, attempt number)
 * under the server's secret. Deterministic, so a reload of the quiz page and
 * the submission (on any instance) see the same set without storing anything
 * before the attempt is submitted; keyed, so a learner cannot work out which
 * questions a later attempt will draw.
 */
export const drawSeed = (secret: string, key: DrawKey): string =>
  createHmac('sha256', secret).update(`quiz-draw\0${key.quizId}\0${key.userId}\0${key.attemptNumber}`).digest('hex')

/** A keyed, stable "random" rank: sorting by it shuffles the same way for the same seed. */
const rank = (seed: string, label: string) => createHmac('sha256', seed).update(label).digest('hex')
const byRank = (a: { rank: string }, b: { rank: string }) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0)

const lessonOf = (question: BankQuestion): string => {
  const lesson = question.lesson
  if (lesson === null || lesson === undefined) return 'none'
  return String(typeof lesson === 'object' ? lesson.id : lesson)
}

/**
 * The questions of one attempt, in bank order: `count` of them spread across
 * the lessons they assess, as evenly as the bank allows (like Moodle's random
 * questions: each lesson in turn gives one question, lessons and questions in
 * a shuffled order, until `count` are drawn; a lesson with fewer questions
 * simply runs out). `count` empty, 0 or at least the bank's size asks every
 * question. Pure: the same bank and seed always give the same draw.
 */
export function drawQuestions<Q extends BankQuestion>(questions: Q[], count: number | null | undefined, seed: string): Q[] {
  const usable = questions.filter((question) => typeof question.id === 'string' && question.id)
  if (!count || count <= 0 || count >= usable.length) return usable
  type Ranked = { id: string; rank: string }
  const groups = new Map<string, Ranked[]>()
  for (const question of usable) {
    const id = question.id as string
    const lesson = lessonOf(question)
    groups.set(lesson, [...(groups.get(lesson) ?? []), { id, rank: rank(seed, `question\0${id}`) }])
  }
  const lessons = [...groups.keys()].map((lesson) => ({ lesson, rank: rank(seed, `lesson\0${lesson}`) })).sort(byRank)
  const queues = lessons.map(({ lesson }) => [...(groups.get(lesson) ?? [])].sort(byRank))
  const chosen = new Set<string>()
  while (chosen.size < count) {
    for (const queue of queues) {
      const next = queue.shift()
      if (next && chosen.size < count) chosen.add(next.id)
    }
  }
  return usable.filter((question) => chosen.has(question.id as string))
}

/**
 * Refuses answers to questions of the quiz that were not drawn for this
 * attempt, naming each one, so a client cannot pick its own questions.
 * Answers to ids the quiz does not have at all are left to checkAnswers.
 */
export function checkDrawn(bank: BankQuestion[], drawn: BankQuestion[], answers: SubmittedAnswer[]): void {
  const inBank = new Set(bank.map((question) => question.id))
  const inDraw = new Set(drawn.map((question) => question.id))
  const problems: AnswerProblem[] = answers.flatMap((answer, index) =>
    inBank.has(answer.questionId) && !inDraw.has(answer.questionId)
      ? [{ path: `answers.${index}.questionId`, questionId: answer.questionId, message: 'This question is not part of this attempt.' }]
      : [],
  )
  if (problems.length) throw new AppError('invalid', 'Some answers are for questions this attempt did not draw.', problems)
}
