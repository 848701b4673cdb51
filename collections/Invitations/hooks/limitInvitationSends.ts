import type { CollectionBeforeOperationHook } from 'payload'

import { attemptAddress } from '@/lib/auth/attemptAddress'
import { attemptLimits } from '@/lib/limits/attempts'
import { rethrowForPayload } from '../../shared/rethrowForPayload'

/**
 * Creating an invitation sends an email: through REST (any spelling of
 * /api/invitations) or GraphQL it counts against the client's address and
 * the signed-in sender, with the /manage forms (which count in their actions).
 */
export const limitInvitationSends: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const address = attemptAddress(req)
  if (address === undefined) return args
  try {
    await attemptLimits().invitationSend({ address, managerId: req.user?.id ?? 'anonymous' })
  } catch (error) {
    rethrowForPayload(req, error)
  }
  return args
}
