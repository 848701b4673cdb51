import type { Endpoint } from 'payload'

import { z } from 'zod'

import { mayReadCurriculumDoc, organizationOf } from '../../../src/access/roles'
import { gradeQuiz, type GradableQuestion } from '../../../src/lib/grading/grade'
import { reviewFor, type ReviewSetting } from '../../../src/lib/grading/review'
import { jsonError, parseJsonBody } from '../../../src/lib/http/json'
import { isAppLocale } from '../../../src/lib/locales'
import { forgetDashboard } from '../../../src/lib/org/dashboardCache'
import { attemptsUsed, recordAttempt } from '../../../src/lib/progress/attempts'
import { issueCertificateIfComplete } from '../../../src/lib/progress/certificates'

const SubmitBody = z
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

/** POST /api/quiz-attempts/submit: grades on the server and records the attempt. */
export const submitQuiz: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Sign in to submit a quiz.')
    const body = await parseJsonBody(req, SubmitBody)
    if (!body.ok) return body.response
    const { quizId, answers, startedAt } = body.data
    const locale = isAppLocale(body.data.locale) ? body.data.locale : 'en'

    // The answer key is needed to grade, so this read overrides field access;
    // the document-level rule (published, shared or their organization's) is applied by hand.
    const quiz = await req.payload
      .findByID({ collection: 'quizzes', id: quizId, depth: 0, locale, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!quiz || !mayReadCurriculumDoc(req.user, quiz)) {
      return jsonError(404, 'Quiz not found.')
    }
    const moduleId = typeof quiz.module === 'object' ? quiz.module.id : quiz.module

    const grading = gradeQuiz((quiz.questions ?? []) as GradableQuestion[], answers, quiz.passingScore)
    const review = reviewFor(grading, (quiz.review ?? 'feedback') as ReviewSetting)
    const attempt = await recordAttempt(req.payload, {
      userId: req.user.id,
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
      const used = await attemptsUsed(req.payload, req.user.id, quizId)
      return used >= quiz.maxAttempts
        ? jsonError(409, 'No attempts left for this quiz.', { maxAttempts: quiz.maxAttempts })
        : jsonError(409, 'Another submission of this attempt is already being recorded.')
    }
    const certificate = grading.passed ? await issueCertificateIfComplete(req.payload, req.user, moduleId) : null
    forgetDashboard(organizationOf(req.user))
    return Response.json(
      {
        attempt: {
          id: attempt.id,
          attemptNumber: attempt.attemptNumber,
          attemptsLeft: Math.max(0, quiz.maxAttempts - attempt.attemptNumber),
        },
        review,
        certificate,
      },
      { status: 201 },
    )
  },
}
