import type { Request } from 'express'
import type { Payload } from 'payload'

import type { User } from '../../payload-types'

import { type AuthSettings, sessionUserFrom } from '../../lib/auth/sessionUser'
import { pgPool } from '../../lib/db'

const authSettings = (payload: Payload): AuthSettings => ({
  secret: payload.secret,
  cookieName: `${payload.config.cookiePrefix}-token`,
  jwtOrder: payload.config.auth.jwtOrder,
  csrf: payload.config.csrf,
})

/** The user Payload would sign in for this request, by one indexed query instead of Payload's full user read. */
export const laneUser = (payload: Payload, req: Request): Promise<User | null> =>
  sessionUserFrom(req.headers, authSettings(payload), pgPool(payload))
