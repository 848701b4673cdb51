import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { Quiz, User } from '@/payload-types'

import { mayReadCurriculumDoc } from '@/access/roles'
import { issueCertificateIfComplete } from '@/lib/certificates/issue'
import { AppError } from '@/lib/errors'
import { assertLessonsComplete } from '@/lib/progress/lessonsLeft'
import { relationId } from '@/lib/relationId'

import { drawForNextAttempt } from './attemptDraw'
import { attemptLimit, attemptsUsed, recordAttempt } from './attempts'
import { checkDrawn } from './draw'
import { checkAnswers, gradeQuiz, type GradableQuestion, type SubmittedAnswer } from './grade'
import { hasPassed, mayRetakeAfterPass } from './retake'
import { type LearnerReview, reviewFor, type ReviewSetting } from './review'

export interface SubmitInput {
  quizId: number
  locale: AppLocale
  startedAt: string | null
  answers: SubmittedAnswer[]
}

export interface SubmitResult {
  attempt: { id: number; attemptNumber: number; attemptsLeft: number }
  review: LearnerReview
  certificate: { id: number; code: string } | null
}

/**
 * Grades a submission on the server and records it as the learner's next
 * attempt. `quiz` is the grading copy (with its answer key), read past access
 * control, so the document rule is applied here. A submission that does not
 * fit the quiz (several choices on a single-choice question, unknown ids, a
 * question answered twice) is refused as 'invalid', naming the questions,
 * before anything is graded or recorded: it costs no attempt and reveals nothing.
 * A submission before every published lesson of the module is complete is
 * a 'conflict' naming the lessons left, and records nothing.
 */
export const submitQuiz = async (payload: Payload, user: User, input: SubmitInput, quiz: Quiz | null): Promise<SubmitResult> => {
  const moduleId = relationId(quiz?.module)
  if (!quiz || moduleId === null || !mayReadCurriculumDoc(user, quiz)) throw new AppError('not-found', 'Quiz not found.')

  const bank = (quiz.questions ?? []) as (GradableQuestion & { lesson?: number | { id: number } | null })[]
  // Only the questions drawn for this attempt are answered and graded; the draw is the server's, never the client's.
  const { attemptNumber, questions } = await drawForNextAttempt(payload, user.id, { ...quiz, questions: bank })
  checkDrawn(bank, questions, input.answers)
  checkAnswers(questions, input.answers)
  const grading = gradeQuiz(questions, input.answers, quiz.passingScore)
  const review = reviewFor(grading, (quiz.review ?? 'feedback') as ReviewSetting)
  const attempt = await recordAttempt(payload, {
    userId: user.id,
    quizId: quiz.id,
    moduleId,
    attemptNumber,
    maxAttempts: quiz.maxAttempts,
    // A passed quiz is done unless its trainer allows retakes: a retake would only use up an attempt.
    retakeAfterPass: mayRetakeAfterPass(quiz),
    score: grading.score,
    passed: grading.passed,
    locale: input.locale,
    startedAt: input.startedAt,
    questionIds: questions.map((question) => question.id),
    answers: input.answers,
    review,
    grading,
  })
  if (!attempt) {
    // Refused: say why. First the lessons left, if that is it ('conflict' naming them), then a pass.
    await assertLessonsComplete(payload, user.id, moduleId, input.locale)
    if (!mayRetakeAfterPass(quiz) && (await hasPassed(payload, user.id, quiz.id))) {
      throw new AppError('conflict', 'You have already passed this quiz.', { passed: true })
    }
    const [used, limit] = await Promise.all([attemptsUsed(payload, user.id, quiz.id), attemptLimit(payload, user.id, quiz)])
    throw used >= limit
      ? new AppError('conflict', 'No attempts left for this quiz.', { maxAttempts: limit })
      : new AppError('conflict', 'Another submission of this attempt is already being recorded.')
  }
  const certificate = grading.passed ? await issueCertificateIfComplete(payload, user, moduleId) : null
  return {
    attempt: { id: attempt.id, attemptNumber: attempt.attemptNumber, attemptsLeft: Math.max(0, attempt.attemptLimit - attempt.attemptsUsed) },
    review,
    certificate,
  }
}
