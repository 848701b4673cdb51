import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { Quiz, User } from '@/payload-types'

import { mayReadCurriculumDoc } from '@/access/roles'
import { issueCertificateIfComplete } from '@/lib/certificates/issue'
import { AppError } from '@/lib/errors'
import { relationId } from '@/lib/relationId'

import { attemptsUsed, recordAttempt } from './attempts'
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
 */
export const submitQuiz = async (payload: Payload, user: User, input: SubmitInput, quiz: Quiz | null): Promise<SubmitResult> => {
  const moduleId = relationId(quiz?.module)
  if (!quiz || moduleId === null || !mayReadCurriculumDoc(user, quiz)) throw new AppError('not-found', 'Quiz not found.')

  const questions = (quiz.questions ?? []) as GradableQuestion[]
  checkAnswers(questions, input.answers)
  // A passed quiz is done unless its trainer allows retakes: a retake would only use up an attempt.
  if (!mayRetakeAfterPass(quiz) && (await hasPassed(payload, user.id, quiz.id))) {
    throw new AppError('conflict', 'You have already passed this quiz.', { passed: true })
  }
  const grading = gradeQuiz(questions, input.answers, quiz.passingScore)
  const review = reviewFor(grading, (quiz.review ?? 'feedback') as ReviewSetting)
  const attempt = await recordAttempt(payload, {
    userId: user.id,
    quizId: quiz.id,
    moduleId,
    maxAttempts: quiz.maxAttempts,
    score: grading.score,
    passed: grading.passed,
    locale: input.locale,
    startedAt: input.startedAt,
    answers: input.answers,
    review,
    grading,
  })
  if (!attempt) {
    const used = await attemptsUsed(payload, user.id, quiz.id)
    throw used >= quiz.maxAttempts
      ? new AppError('conflict', 'No attempts left for this quiz.', { maxAttempts: quiz.maxAttempts })
      : new AppError('conflict', 'Another submission of this attempt is already being recorded.')
  }
  const certificate = grading.passed ? await issueCertificateIfComplete(payload, user, moduleId) : null
  return {
    attempt: { id: attempt.id, attemptNumber: attempt.attemptNumber, attemptsLeft: Math.max(0, quiz.maxAttempts - attempt.attemptNumber) },
    review,
    certificate,
  }
}
