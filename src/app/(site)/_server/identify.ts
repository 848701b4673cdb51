import { executeAuthStrategies, type Payload } from 'payload'

import type { User } from '@/payload-types'

/**
 * The signed-in user for a request's headers, checked by Payload's own auth
 * strategies (its JWT strategy: signature, expiry, the session still being
 * on the user), exactly as Payload checks every REST request. Not `payload.auth()`: that runs the same strategies and then
 * works out the permissions object for every collection, field and operation
 * (the admin panel's access map), which the site never reads. Inside a Next
 * render those hundreds of small promises each pay for Next's
 * AsyncLocalStorage contexts, signed in or out: about a tenth of a /login
 * CPU profile (README, bench section).
 */
export const userFromHeaders = async (payload: Payload, headers: Headers): Promise<User | null> => {
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  return (user as User | null) ?? null
}
