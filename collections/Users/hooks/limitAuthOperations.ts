import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { attemptAddress } from '@/lib/auth/attemptAddress'
import { hashAsIfKnown } from '@/lib/auth/equalTiming'
import { PASSWORD_RESET_JOB_CONTEXT, requestPasswordReset } from '@/lib/auth/passwordReset'
import { attemptLimits } from '@/lib/limits/attempts'
import { rethrowForPayload } from '../../shared/rethrowForPayload'

const emailOf = (args: { data?: unknown }) => {
  const email = (args.data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email : ''
}

/**
 * Sign-in, forgot-password and reset are limited here, where the operation
 * runs, so every door shares one budget: REST under any spelling of its path,
 * GraphQL (each alias is one operation), and the site's actions (Local API
 * calls marked with the visitor's address). The server's own Local API calls
 * are not limited (see attemptAddress).
 */
export const limitAuthOperations: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (req.context?.[PASSWORD_RESET_JOB_CONTEXT]) return args
  const address = attemptAddress(req)
  if (address === undefined) return args
  try {
    if (operation === 'login') {
      const email = emailOf(args)
      await attemptLimits().signIn({ email, address })
      await hashAsIfKnown(req, email, (args.data as { password?: unknown } | undefined)?.password)
    } else if (operation === 'forgotPassword') {
      // The mail goes from the jobs queue. REST and GraphQL are answered without this operation (the
      // forgot-password endpoint and mutation in ../endpoints); this is for any other door that reaches it.
      await requestPasswordReset(req.payload, { email: emailOf(args), address, req })
      return { ...args, disableEmail: true }
    } else if (operation === 'resetPassword') {
      await attemptLimits().resetPassword({ address })
    }
  } catch (error) {
    rethrowForPayload(req, error)
  }
  return args
}

/** The right password from this address: its own budget for the account starts again. */
export const rewardSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = attemptAddress(req)
  if (address !== undefined && typeof user?.email === 'string') await attemptLimits().signedIn({ email: user.email, address })
  return user
}
