import type { Endpoint } from 'payload'
import { z } from 'zod'

import { parseJsonBody, respond } from '@/http/json'
import { attemptAddress } from '@/lib/auth/attemptAddress'
import { requestPasswordReset } from '@/lib/auth/passwordReset'

/** The email a forgot-password request names; the GraphQL mutation (./forgotPasswordMutation.ts) checks the same. */
export const ForgotEmail = z.string().trim().min(1).max(254)

const ForgotBody = z.object({ email: ForgotEmail })

/**
 * Replaces Payload's own POST /api/users/forgot-password (collection endpoints
 * are matched before the built-in ones): the same answer, `{ message }` 200,
 * for every email, after the limits and a queued job, without the account
 * lookup or the mail that made known addresses answer slower.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const parsed = await parseJsonBody(req, ForgotBody)
    if (!parsed.ok) return parsed.response
    return respond(async () => {
      await requestPasswordReset(req.payload, { email: parsed.data.email, address: attemptAddress(req) ?? null })
      return { status: 200, body: { message: req.t('general:success') } }
    })
  },
}
