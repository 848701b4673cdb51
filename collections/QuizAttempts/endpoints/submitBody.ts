import { z } from 'zod'

import type { SubmitInput } from '@/lib/quiz/submit'

import { isAppLocale } from '@/lib/locales'

/**
 * A quiz submission as every door takes it (the REST endpoint and the site's
 * server action). Unknown keys (a forged `score` or `passed`) are refused,
 * not ignored silently.
 */
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
  .strict()

export const submitInput = (body: z.infer<typeof SubmitBody>): SubmitInput => ({
  quizId: body.quizId,
  locale: isAppLocale(body.locale) ? body.locale : 'en',
  startedAt: body.startedAt ?? null,
  answers: body.answers,
})
