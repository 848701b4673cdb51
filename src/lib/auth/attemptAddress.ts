import type { PayloadRequest } from 'payload'

import { clientAddressFrom } from '@/lib/limits/clientAddress'

/** The context key a server action sets on its Local API call to say "a person at this address is trying". */
export const SITE_CLIENT_ADDRESS = 'siteClientAddress'

/**
 * Whose attempt an operation is, for the limits: a REST or GraphQL request
 * counts against the address Express handed on (or `null`, the shared
 * "unknown" bucket, when it did not come through Express); a Local API call
 * counts only when a server action marked it with the visitor's address.
 * `undefined` means the server's own call (seed, scripts, jobs, tests'
 * fixtures), which is never limited.
 */
export const attemptAddress = (req: PayloadRequest): string | null | undefined => {
  const fromSite = req.context?.[SITE_CLIENT_ADDRESS]
  if (typeof fromSite === 'string') return fromSite
  if (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') return clientAddressFrom(req.headers)
  return undefined
}
