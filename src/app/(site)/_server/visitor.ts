import { headers } from 'next/headers'

import { SITE_CLIENT_ADDRESS } from '@/lib/auth/attemptAddress'
import { clientAddressFrom } from '@/lib/limits/clientAddress'
import { isAppError } from '@/lib/errors'

/** The visitor's address as Express settled on it (src/http/clientAddress.ts); null outside PeerPath's server. */
export const visitorAddress = async () => clientAddressFrom(await headers())

/** Marks a Local API call as the visitor's attempt, so the operation's limits count it (src/lib/auth/attemptAddress.ts). */
export const asVisitor = async () => ({ [SITE_CLIENT_ADDRESS]: (await visitorAddress()) ?? 'unknown' })

/** A refusal by the limits, whether it arrives as the domain's AppError or as Payload's 429. */
export const isTooMany = (error: unknown) =>
  (isAppError(error) && error.code === 'too-many') || (error as { status?: unknown } | null)?.status === 429
