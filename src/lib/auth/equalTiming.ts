import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { PayloadRequest } from 'payload'

const derive = promisify(pbkdf2)
// Payload 3's current password hash (pbkdf2-sha256-v1): 600 000 iterations, 32 bytes.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const SALT = randomBytes(32).toString('hex')

/**
 * Payload answers an unknown email straight after its lookup, but spends a
 * full password hash on a known one: the difference in time says which
 * emails have accounts. For an email no account uses, this spends the same
 * hash first, so both answers take as long.
 */
export const hashAsIfKnown = async (req: PayloadRequest, email: string, password: unknown) => {
  const { totalDocs } = await req.payload.db.count({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, req })
  if (totalDocs > 0) return
  await derive(typeof password === 'string' ? password : '', SALT, ITERATIONS, KEY_LENGTH, 'sha256')
}
