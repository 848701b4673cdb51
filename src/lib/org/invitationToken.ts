import { createHash, randomBytes } from 'node:crypto'

/** Days an invitation link stays valid; INVITATION_TTL_DAYS overrides the default of 7. */
export const invitationTtlDays = () => {
  const days = Number(process.env.INVITATION_TTL_DAYS)
  return Number.isFinite(days) && days > 0 ? days : 7
}

/** 256 random bits, URL-safe: the link is the only credential, so it must not be guessable. */
export const newInvitationToken = () => randomBytes(32).toString('base64url')

/** Only the hash is stored, so a database leak does not leak working links. */
export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex')

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/
