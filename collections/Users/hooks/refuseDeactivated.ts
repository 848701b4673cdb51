import type { CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

import { DEACTIVATED_MESSAGE } from '@/lib/org/deactivated'

/**
 * Runs after the password was checked, so only the account's holder learns it
 * is deactivated. The session Payload just added goes with the refused login's transaction.
 */
export const refuseDeactivated: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.deactivatedAt) throw new APIError(DEACTIVATED_MESSAGE, 403, { reason: 'deactivated' }, true)
  return user
}
