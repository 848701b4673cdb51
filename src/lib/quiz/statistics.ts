import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'
import { AppError } from '@/lib/errors'

import type { QuestionType, QuestionResult, SubmittedAnswer } from './grade'

import { normalizeAnswer } from './normalize'

/** One recorded attempt, as the aggregation needs it: `learner` only tells learners apart and never leaves this module. */
export interface AttemptRow {
  learner: number
  score: number
  passed: boolean
  /** The questions drawn for the attempt; null for attempts recorded before draws (every question was asked). */
  questionIds: string[] | null
  answers: SubmittedAnswer[] | null
  grading: { questions?: Pick<QuestionResult, 'questionId' | 'correct' | 'answered'>[] } | null
}

export interface StatisticsQuestion {
  id: string
  type: QuestionType
  prompt: string
  choices?: { id: string; text: string; isCorrect?: boolean | null }[] | null
}

export interface ChoiceStatistics {
  id: string
  text: string
  isCorrect: boolean
  /** Attempts that drew the question and chose this choice. */
  chosen: number
}

export interface QuestionStatistics {
  id: string
  number: number
  type: QuestionType
  prompt: string
  /** Attempts that were asked this question (drawn for them). */
  asked: number
  answered: number
  correct: number
  /** correct / asked, 0..100, null when nobody was asked it yet. */
  percentCorrect: number | null
  choices: ChoiceStatistics[]
  /** Short answers: the most common wrong answers (normalised), most frequent first. */
  wrongAnswers: { answer: string; count: number }[]
}

export interface QuizStatistics {
  attempts: number
  learners: number
  passed: number
  /** 0..100, null with no attempts. */
  passRate: number | null
  meanScore: number | null
  questions: QuestionStatistics[]
}

const round1 = (value: number) => Math.round(value * 10) / 10
const percent = (part: number, whole: number) => (whole === 0 ? null : round1((part / whole) * 100))
const WRONG_ANSWERS_SHOWN = 5

/**
 * Moodle-style quiz statistics from recorded attempts: totals for the quiz,
 * then for each question of the bank how often it was asked, answered and
 * right, how often each choice was chosen, and the commonest wrong short
 * answers. A question counts only in the attempts that drew it. Aggregates
 * only: nothing in the result says who answered what.
 */
export const aggregateQuizStatistics = (questions: StatisticsQuestion[], attempts: AttemptRow[]): QuizStatistics => {
  const passed = attempts.filter((attempt) => attempt.passed).length
  const scores = attempts.map((attempt) => Number(attempt.score)).filter(Number.isFinite)
  const allIds = questions.map((question) => question.id)
  return {
    attempts: attempts.length,
    learners: new Set(attempts.map((attempt) => attempt.learner)).size,
    passed,
    passRate: percent(passed, attempts.length),
    meanScore: scores.length === 0 ? null : round1(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    questions: questions.map((question, index) => {
      let asked = 0
      let answered = 0
      let correct = 0
      const chosen = new Map<string, number>()
      const wrong = new Map<string, number>()
      for (const attempt of attempts) {
        const drawn = Array.isArray(attempt.questionIds) ? attempt.questionIds : allIds
        if (!drawn.includes(question.id)) continue
        asked += 1
        const answer = (attempt.answers ?? []).find((entry) => entry.questionId === question.id)
        const result = attempt.grading?.questions?.find((entry) => entry.questionId === question.id)
        const choiceIds = [...new Set(answer?.choiceIds ?? [])]
        const text = typeof answer?.text === 'string' ? normalizeAnswer(answer.text) : ''
        const wasAnswered = result ? result.answered : choiceIds.length > 0 || text.length > 0
        if (wasAnswered) answered += 1
        if (result?.correct) correct += 1
        for (const id of choiceIds) chosen.set(id, (chosen.get(id) ?? 0) + 1)
        if (question.type === 'short-answer' && text && result && !result.correct) wrong.set(text, (wrong.get(text) ?? 0) + 1)
      }
      return {
        id: question.id,
        number: index + 1,
        type: question.type,
        prompt: question.prompt,
        asked,
        answered,
        correct,
        percentCorrect: percent(correct, asked),
        choices: (question.choices ?? []).map((choice) => ({
          id: choice.id,
          text: choice.text,
          isCorrect: Boolean(choice.isCorrect),
          chosen: chosen.get(choice.id) ?? 0,
        })),
        wrongAnswers: [...wrong.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, WRONG_ANSWERS_SHOWN)
          .map(([answer, count]) => ({ answer, count })),
      }
    }),
  }
}

/** Every recorded attempt at one quiz, with only what the aggregation reads. */
export const attemptRowsForQuiz = async (payload: Payload, quizId: number): Promise<AttemptRow[]> => {
  const { rows } = await pgPool(payload).query<{
    user_id: number
    score: string
    passed: boolean
    question_ids: string[] | null
    answers: SubmittedAnswer[] | null
    grading: AttemptRow['grading']
  }>('select user_id, score, passed, question_ids, answers, grading from quiz_attempts where quiz_id = $1', [quizId])
  return rows.map((row) => ({
    learner: row.user_id,
    score: Number(row.score),
    passed: row.passed,
    questionIds: Array.isArray(row.question_ids) ? row.question_ids : null,
    answers: Array.isArray(row.answers) ? row.answers : null,
    grading: row.grading,
  }))
}

interface MaybeEditor {
  id: number | string
  role?: string | null
}

/**
 * The statistics of one quiz for a trainer or admin: the published questions
 * (what learners answered; the draft when it was never published) in the
 * trainer's admin language, read as that user with access control on, so
 * only a user who may edit the quiz gets anything.
 */
export const quizStatistics = async (payload: Payload, user: MaybeEditor | null | undefined, quizId: number, locale: 'en' | 'es') => {
  if (!user || (user.role !== 'admin' && user.role !== 'trainer')) throw new AppError('forbidden', 'Only trainers and admins see quiz statistics.')
  const read = async (draft: boolean) =>
    payload
      .findByID({ collection: 'quizzes', id: quizId, depth: 0, draft, locale, fallbackLocale: 'en', overrideAccess: false, user: user as never })
      .catch(() => null)
  const quiz = (await read(false)) ?? (await read(true))
  if (!quiz) throw new AppError('not-found', 'No such quiz.')
  const questions: StatisticsQuestion[] = (quiz.questions ?? []).map((question) => ({
    id: question.id!,
    type: question.type,
    prompt: question.prompt,
    choices: (question.choices ?? []).map((choice) => ({ id: choice.id!, text: choice.text, isCorrect: choice.isCorrect })),
  }))
  return { quiz: { id: quiz.id, title: quiz.title }, statistics: aggregateQuizStatistics(questions, await attemptRowsForQuiz(payload, quiz.id)) }
}
