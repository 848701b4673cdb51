import type { Pool } from 'pg'

import { jwtVerify } from 'jose'

import type { User } from '../../payload-types'

import { cookieValue } from '../http/cookies'

/** Payload's JWT_AUTH_VERSION (3.x): tokens signed without it are not Payload's. A test holds the two equal. */
export const PAYLOAD_JWT_AUTH_VERSION = 1

export interface AuthSettings {
  /** payload.secret: the key Payload signs its tokens with. */
  secret: string
  cookieName: string
  jwtOrder: readonly ('JWT' | 'Bearer' | 'cookie')[]
  /** Origins allowed to use the session cookie (Payload's `csrf` list). */
  csrf: readonly string[]
}

type HeaderValue = string | string[] | undefined
type Headers = Record<string, HeaderValue>

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** The cookie counts only from an allowed origin, or a same-site or direct navigation, as in Payload. */
const cookieToken = (headers: Headers, settings: AuthSettings): string | null => {
  const token = cookieValue(header(headers, 'cookie'), settings.cookieName)
  if (!token) return null
  const origin = header(headers, 'origin')
  if (origin) return settings.csrf.length === 0 || settings.csrf.includes(origin) ? token : null
  if (settings.csrf.length === 0) return token
  const site = header(headers, 'sec-fetch-site')
  return site === 'same-origin' || site === 'same-site' || site === 'none' ? token : null
}

/** Where Payload looks for a token, in Payload's order: `Authorization: JWT …`, `Authorization: Bearer …`, the cookie. */
export const tokenFromHeaders = (headers: Headers, settings: AuthSettings): string | null => {
  const authorization = header(headers, 'authorization')
  for (const source of settings.jwtOrder) {
    if (source === 'JWT' && authorization?.startsWith('JWT ')) return authorization.slice(4)
    if (source === 'Bearer' && authorization?.startsWith('Bearer ')) return authorization.slice(7)
    if (source === 'cookie') {
      const token = cookieToken(headers, settings)
      if (token) return token
    }
  }
  return null
}

export interface SessionClaims {
  id: number
  sid: string
}

// A token's signature check has one answer until it expires; a learner sends the same token all session.
const verified = new Map<string, { secret: string; claims: SessionClaims; expiresAt: number }>()
const MAX_REMEMBERED = 10_000

/** A valid, unexpired Payload token for the users collection, or null. */
export const verifySessionToken = async (token: string, secret: string): Promise<SessionClaims | null> => {
  const known = verified.get(token)
  if (known && known.secret === secret && known.expiresAt > Date.now()) return known.claims
  try {
    const { payload: claims, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] })
    if (protectedHeader.authVersion !== PAYLOAD_JWT_AUTH_VERSION) return null
    const { id, sid, collection } = claims as { id?: unknown; sid?: unknown; collection?: unknown }
    if (collection !== 'users' || typeof id !== 'number' || typeof sid !== 'string' || typeof claims.exp !== 'number') return null
    if (verified.size >= MAX_REMEMBERED) verified.clear()
    verified.set(token, { secret, claims: { id, sid }, expiresAt: claims.exp * 1000 })
    return { id, sid }
  } catch {
    return null
  }
}

interface UserRow {
  id: number
  name: string
  email: string
  role: User['role']
  organization_id: number | null
  cohort_id: number | null
  preferred_locale: User['preferredLocale']
  updated_at: Date
  created_at: Date
}

/**
 * The signed-in user, in one indexed query, when the token's session still
 * exists: logging out or changing the password deletes sessions, and the
 * user is signed out on the very next request, as with Payload's own check.
 */
export const loadSessionUser = async (pool: Pool, claims: SessionClaims): Promise<User | null> => {
  const { rows } = await pool.query<UserRow>({
    // Named, so each connection plans it once.
    name: 'peerpath-session-user',
    text: `select u.id, u.name, u.email, u.role, u.organization_id, u.cohort_id, u.preferred_locale, u.updated_at, u.created_at
       from users u
      where u.id = $1
        and exists (select 1 from users_sessions s where s._parent_id = u.id and s.id = $2 and s.expires_at > now())`,
    values: [claims.id, claims.sid],
  })
  const row = rows[0]
  if (!row) return null
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    organization: row.organization_id,
    cohort: row.cohort_id,
    preferredLocale: row.preferred_locale,
    updatedAt: row.updated_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    collection: 'users',
  } as User
}

/** Token → user, or null for anyone Payload would not sign in. */
export const sessionUserFrom = async (headers: Headers, settings: AuthSettings, pool: Pool): Promise<User | null> => {
  const token = tokenFromHeaders(headers, settings)
  if (!token) return null
  const claims = await verifySessionToken(token, settings.secret)
  return claims ? loadSessionUser(pool, claims) : null
}
