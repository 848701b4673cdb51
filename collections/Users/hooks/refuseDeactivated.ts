import type { CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

import { DEACTIVATED_MESSAGE } from '@/lib/org/deactivated'

/** Named so payload.config.ts logs it at info: a refused sign-in of someone who left is not a server error. */
export class AccountDeactivated extends APIError {
  constructor() {
    super(DEACTIVATED_MESSAGE, 403, { reason: 'deactivated' }, true)
    this.name = 'AccountDeactivated'
  }
}

/**
 * Runs after the password was checked, so only the account's holder learns it
 * is deactivated. The session Payload just added goes with the refused login's transaction.
 */
export const refuseDeactivated: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.deactivatedAt) throw new AccountDeactivated()
  return user
}
