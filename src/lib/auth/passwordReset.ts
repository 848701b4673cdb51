import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { attemptLimits } from '@/lib/limits/attempts'

export const AUTH_MAIL_QUEUE = 'auth-mail'
export const PASSWORD_RESET_TASK = 'sendPasswordReset'
/** Set on the job's own forgotPassword call, so the hooks neither count it nor queue it again. */
export const PASSWORD_RESET_JOB_CONTEXT = 'passwordResetJob'

/**
 * A password-reset request from a person: counted against the address and
 * the email typed, then handed to the jobs queue. Nothing here looks the
 * account up, so an existing and an unknown email take the same path and the
 * same time; the job does the lookup, the token and the mail.
 */
export const requestPasswordReset = async (payload: Payload, { email, address, req }: { email: string; address: string | null; req?: PayloadRequest }) => {
  await attemptLimits().forgotPassword({ email, address })
  await payload.jobs.queue({ task: PASSWORD_RESET_TASK, queue: AUTH_MAIL_QUEUE, input: { email: email.trim().toLowerCase() }, req })
}

/** Runs Payload's own forgotPassword (token, expiry, its 15 s per-account interval, the email) away from the request. */
export const passwordResetTask: TaskConfig<'sendPasswordReset'> = {
  slug: PASSWORD_RESET_TASK,
  retries: 2,
  inputSchema: [{ name: 'email', type: 'email', required: true }],
  handler: async ({ input, req }) => {
    await req.payload.forgotPassword({ collection: 'users', data: { email: input.email }, context: { [PASSWORD_RESET_JOB_CONTEXT]: true } })
    return { output: {} }
  },
}
