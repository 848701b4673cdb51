import type { CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

/** The message a deactivated person's sign-in is refused with; the site's sign-in form recognizes it. */
export const DEACTIVATED_MESSAGE = 'This account has been deactivated by your organization.'

/**
 * Runs after the password was checked, so only the account's holder learns it
 * is deactivated. The session Payload just added goes with the refused login's transaction.
 */
export const refuseDeactivated: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.deactivatedAt) throw new APIError(DEACTIVATED_MESSAGE, 403, { reason: 'deactivated' }, true)
  return user
}
