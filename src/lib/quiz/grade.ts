import { AppError } from '@/lib/errors'

import { answersMatch } from './normalize'

export type QuestionType = 'single' | 'multiple' | 'true-false' | 'short-answer'

export interface GradableChoice {
  id: string
  isCorrect?: boolean | null
  feedback?: string | null
}

export interface GradableQuestion {
  id: string
  type: QuestionType
  points?: number | null
  scoring?: 'partial' | 'all-or-nothing' | null
  choices?: GradableChoice[] | null
  acceptedAnswers?: { answer: string }[] | null
  correctFeedback?: string | null
  incorrectFeedback?: string | null
}

export interface SubmittedAnswer {
  questionId: string
  choiceIds?: string[]
  text?: string
}

export interface QuestionResult {
  questionId: string
  earned: number
  possible: number
  correct: boolean
  answered: boolean
  selectedChoiceIds: string[]
  /**
   * Everything written for this answer: the chosen choices' feedback, then the
   * question's correct or incorrect note. Staff and the 'full' review only: the
   * incorrect note is where authors explain the right answer.
   */
  feedback: string[]
  /**
   * What the 'feedback' review shows: the feedback of the choices the learner
   * chose, and the correct note when the answer is right. Nothing for an
   * unanswered question, never the incorrect note.
   */
  answerFeedback: string[]
  correctChoiceIds: string[]
  acceptedAnswers: string[]
}

export interface GradeResult {
  score: number
  earned: number
  possible: number
  passed: boolean
  questions: QuestionResult[]
}

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Points a question is worth, to 2 decimals like everything else here: 1 when unset,
 * 0 (ungraded) for anything that is not a finite, positive number.
 */
const pointsOf = (question: GradableQuestion): number => {
  const points = question.points ?? 1
  return Number.isFinite(points) && points > 0 ? round2(points) : 0
}

/** Accepted answers as plain strings; blank or malformed rows are skipped rather than thrown on. */
const acceptedOf = (question: GradableQuestion): string[] =>
  (question.acceptedAnswers ?? []).flatMap((row) => (typeof row?.answer === 'string' ? [row.answer] : []))

/** Fraction of the question's points earned, 0..1. */
const creditFor = (question: GradableQuestion, selected: string[], text: string | undefined): number => {
  const choices = question.choices ?? []
  const correctIds = choices.filter((choice) => choice.isCorrect).map((choice) => choice.id)
  switch (question.type) {
    case 'single':
    case 'true-false':
      return selected.length === 1 && correctIds.includes(selected[0]) ? 1 : 0
    case 'multiple': {
      if (correctIds.length === 0) return 0
      const right = selected.filter((id) => correctIds.includes(id)).length
      const wrong = selected.length - right
      if (question.scoring === 'partial') return Math.max(0, (right - wrong) / correctIds.length)
      return right === correctIds.length && wrong === 0 ? 1 : 0
    }
    case 'short-answer':
      return text !== undefined && acceptedOf(question).some((answer) => answersMatch(text, answer)) ? 1 : 0
    default:
      // A question type this code does not know (stale data) earns nothing instead of NaN.
      return 0
  }
}

const isChoiceQuestion = (question: GradableQuestion) => question.type !== 'short-answer'
const takesOneChoice = (question: GradableQuestion) => question.type === 'single' || question.type === 'true-false'

const gradeQuestion = (question: GradableQuestion, answer: SubmittedAnswer | undefined): QuestionResult => {
  const choices = question.choices ?? []
  const knownIds = new Set(choices.map((choice) => choice.id))
  // Unknown ids are dropped and repeats count once; choice order follows the question, not the client.
  const submittedIds = isChoiceQuestion(question) && Array.isArray(answer?.choiceIds) ? answer.choiceIds : []
  const picked = new Set(submittedIds.filter((id) => knownIds.has(id)))
  const selected = choices.filter((choice) => picked.has(choice.id)).map((choice) => choice.id)
  const text = question.type === 'short-answer' && typeof answer?.text === 'string' ? answer.text : undefined
  const answered = question.type === 'short-answer' ? Boolean(text?.trim()) : selected.length > 0
  const possible = pointsOf(question)
  const credit = answered ? creditFor(question, selected, text) : 0
  const correct = answered && credit === 1
  // Full marks are exactly the question's points, so rounding can never push earned above possible.
  const earned = credit === 1 ? possible : Math.min(possible, round2(credit * possible))
  const choiceFeedback = choices
    .filter((choice) => picked.has(choice.id) && choice.feedback)
    .map((choice) => choice.feedback as string)
  const correctNote = correct && question.correctFeedback ? [question.correctFeedback] : []
  const incorrectNote = !correct && question.incorrectFeedback ? [question.incorrectFeedback] : []
  // A single-choice answer with several choices is refused by checkAnswers; should one get here anyway,
  // it earns nothing and reads no choice's feedback, so selecting everything cannot reveal the key.
  const answerFeedback = takesOneChoice(question) && selected.length > 1 ? [] : [...choiceFeedback, ...correctNote]
  return {
    questionId: question.id,
    earned,
    possible,
    correct,
    answered,
    selectedChoiceIds: selected,
    feedback: [...choiceFeedback, ...correctNote, ...incorrectNote],
    answerFeedback,
    correctChoiceIds: choices.filter((choice) => choice.isCorrect).map((choice) => choice.id),
    acceptedAnswers: acceptedOf(question),
  }
}

export interface AnswerProblem {
  /** Where in the submission, as the schema's paths are named (`answers.2.choiceIds`). */
  path: string
  questionId: string
  message: string
}

/**
 * Refuses a submission that does not fit the quiz, naming each question it
 * got wrong: a question answered twice, a question or choice the quiz does not
 * have, more than one choice where one is asked for, a choice listed twice,
 * text for a choice question or choices for a short answer. A question left
 * out, an empty list of choices and blank text all mean "not answered". Every
 * door runs this before grading, so no malformed answer is graded, recorded
 * or reviewed.
 */
export function checkAnswers(questions: GradableQuestion[], answers: SubmittedAnswer[]): void {
  const byId = new Map(questions.map((question) => [question.id, question]))
  const seen = new Set<string>()
  const problems: AnswerProblem[] = []
  answers.forEach((answer, index) => {
    const at = `answers.${index}`
    const problem = (path: string, message: string) => problems.push({ path, questionId: answer.questionId, message })
    const question = byId.get(answer.questionId)
    if (!question) return problem(`${at}.questionId`, 'This quiz has no such question.')
    if (seen.has(answer.questionId)) return problem(`${at}.questionId`, 'This question is answered more than once.')
    seen.add(answer.questionId)
    const choiceIds = answer.choiceIds ?? []
    if (!isChoiceQuestion(question)) {
      if (choiceIds.length > 0) problem(`${at}.choiceIds`, 'This question takes a typed answer, not choices.')
      return
    }
    if (answer.text?.trim()) problem(`${at}.text`, 'This question takes choices, not a typed answer.')
    const known = new Set((question.choices ?? []).map((choice) => choice.id))
    if (choiceIds.some((id) => !known.has(id))) return problem(`${at}.choiceIds`, 'This question has no such choice.')
    if (new Set(choiceIds).size !== choiceIds.length) return problem(`${at}.choiceIds`, 'A choice is listed more than once.')
    if (takesOneChoice(question) && choiceIds.length > 1) problem(`${at}.choiceIds`, 'Choose only one answer to this question.')
  })
  if (problems.length) throw new AppError('invalid', 'Some answers do not fit this quiz.', problems)
}

/**
 * Grades a whole submission. Pure: no I/O, inputs untouched, unknown input
 * ignored rather than thrown on (a submission is refused earlier by
 * checkAnswers; this stays total so stored data can always be regraded).
 */
export function gradeQuiz(questions: GradableQuestion[], answers: SubmittedAnswer[], passingScore: number): GradeResult {
  // The last answer for a question wins (a client may resend after a change).
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]))
  const results = questions.map((question) => gradeQuestion(question, byQuestion.get(question.id)))
  const earned = round2(results.reduce((sum, result) => sum + result.earned, 0))
  const possible = round2(results.reduce((sum, result) => sum + result.possible, 0))
  const score = possible === 0 ? 100 : Math.round((earned / possible) * 100)
  return { score, earned, possible, passed: score >= passingScore, questions: results }
}
