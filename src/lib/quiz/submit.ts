import type { Payload } from 'payload'

import { z } from 'zod'

import type { Quiz, User } from '../../payload-types'

import { mayReadCurriculumDoc, organizationOf } from '../../access/roles'
import { gradeQuiz, type GradableQuestion } from '../grading/grade'
import { reviewFor, type ReviewSetting } from '../grading/review'
import { errorReply, type JsonReply } from '../http/json'
import { type AppLocale, isAppLocale } from '../locales'
import { forgetDashboard } from '../org/dashboardCache'
import { relationId } from '../relationId'
import { cachedPublished } from '../site/publishedCache'
import { attemptsUsed, recordAttempt } from './attempts'
import { issueCertificateIfComplete } from './certificates'

export const SubmitBody = z
  .object({
    quizId: z.number().int().positive(),
    locale: z.string().optional(),
    startedAt: z.iso.datetime().optional(),
    answers: z
      .array(
        z
          .object({
            questionId: z.string().min(1).max(64),
            choiceIds: z.array(z.string().min(1).max(64)).max(20).optional(),
            text: z.string().max(500).optional(),
          })
          .strict(),
      )
      .max(100),
  })
  // Unknown keys (a forged `score` or `passed`) are refused, not ignored silently.
  .strict()

/**
 * The quiz with its answer key, for grading on the server only. Kept with the
 * published cache (cleared on any curriculum save) so a burst of submissions
 * does not re-read a quiz's questions and choices each time.
 */
const quizForGrading = (payload: Payload, quizId: number, locale: AppLocale) =>
  cachedPublished(`quiz-grading:${quizId}:${locale}`, () =>
    payload
      .findByID({ collection: 'quizzes', id: quizId, depth: 0, locale, overrideAccess: true, disableErrors: true })
      .then((quiz): Quiz | null => quiz ?? null)
      .catch(() => null),
  )

/** POST /api/quiz-attempts/submit for a signed-in user: grades on the server and records the attempt. */
export const submitQuizFor = async (payload: Payload, user: User, input: z.infer<typeof SubmitBody>): Promise<JsonReply> => {
  const { quizId, answers, startedAt } = input
  const locale = isAppLocale(input.locale) ? input.locale : 'en'

  // The answer key is needed to grade, so the quiz is read with overrideAccess;
  // the document-level rule (published, shared or their organization's) is applied by hand.
  const quiz = await quizForGrading(payload, quizId, locale)
  const moduleId = relationId(quiz?.module)
  if (!quiz || moduleId === null || !mayReadCurriculumDoc(user, quiz)) return errorReply(404, 'Quiz not found.')

  const grading = gradeQuiz((quiz.questions ?? []) as GradableQuestion[], answers, quiz.passingScore)
  const review = reviewFor(grading, (quiz.review ?? 'feedback') as ReviewSetting)
  const attempt = await recordAttempt(payload, {
    userId: user.id,
    quizId,
    moduleId,
    maxAttempts: quiz.maxAttempts,
    score: grading.score,
    passed: grading.passed,
    locale,
    startedAt: startedAt ?? null,
    answers,
    review,
    grading,
  })
  if (!attempt) {
    const used = await attemptsUsed(payload, user.id, quizId)
    return used >= quiz.maxAttempts
      ? errorReply(409, 'No attempts left for this quiz.', { maxAttempts: quiz.maxAttempts })
      : errorReply(409, 'Another submission of this attempt is already being recorded.')
  }
  const certificate = grading.passed ? await issueCertificateIfComplete(payload, user, moduleId) : null
  forgetDashboard(organizationOf(user))
  return {
    status: 201,
    body: {
      attempt: { id: attempt.id, attemptNumber: attempt.attemptNumber, attemptsLeft: Math.max(0, quiz.maxAttempts - attempt.attemptNumber) },
      review,
      certificate,
    },
  }
}
