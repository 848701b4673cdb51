import type { Payload } from 'payload'

import { nextAttemptNumber } from './attempts'
import { type BankQuestion, drawQuestions, drawSeed } from './draw'

export interface DrawableQuiz<Q extends BankQuestion> {
  id: number
  questionsPerAttempt?: number | null
  questions?: Q[] | null
}

/** True when an attempt asks only some of the bank's questions. */
const drawsFromBank = (quiz: DrawableQuiz<BankQuestion>) =>
  Boolean(quiz.questionsPerAttempt && quiz.questionsPerAttempt > 0 && quiz.questionsPerAttempt < (quiz.questions?.length ?? 0))

/**
 * The questions of one attempt at a quiz. The quiz page shows them and the
 * submission grades them, each deriving the same set from (quiz, learner,
 * attempt number) under the server's secret: nothing is written on a page
 * view, every instance agrees, and the set changes only when an attempt is
 * recorded (the next number draws a new set).
 */
export const questionsForAttempt = <Q extends BankQuestion>(secret: string, userId: number, quiz: DrawableQuiz<Q>, attemptNumber: number): Q[] =>
  drawQuestions(quiz.questions ?? [], quiz.questionsPerAttempt, drawSeed(secret, { userId, quizId: quiz.id, attemptNumber }))

/**
 * The questions of the learner's next attempt, and the number they were drawn
 * for (null when the quiz asks every question, so there is nothing to look up).
 */
export const drawForNextAttempt = async <Q extends BankQuestion>(
  payload: Payload,
  userId: number,
  quiz: DrawableQuiz<Q>,
): Promise<{ attemptNumber: number | null; questions: Q[] }> => {
  if (!drawsFromBank(quiz)) return { attemptNumber: null, questions: drawQuestions(quiz.questions ?? [], null, '') }
  const attemptNumber = await nextAttemptNumber(payload, userId, quiz.id)
  return { attemptNumber, questions: questionsForAttempt(payload.secret, userId, quiz, attemptNumber) }
}
