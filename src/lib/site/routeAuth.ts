import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '../../payload-types'

import { hasRole, organizationOf } from '../../access/roles'
import { jsonError } from '../http/json'
import { isAppLocale, type AppLocale } from '../locales'

/** For /manage route handlers: the signed-in manager and their organization, or the JSON error to return. */
export const managerFromRequest = async (
  request: Request,
): Promise<{ ok: true; payload: Payload; user: User; organizationId: number; locale: AppLocale } | { ok: false; response: Response }> => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return { ok: false, response: jsonError(401, 'Sign in first.') }
  const organizationId = organizationOf(user)
  if (!hasRole(user, 'manager', 'admin') || organizationId === null) return { ok: false, response: jsonError(403, 'Only managers of an organization may do this.') }
  const cookieLocale = request.headers.get('cookie')?.match(/peerpath-locale=(en|es)/)?.[1]
  return { ok: true, payload, user: user as User, organizationId, locale: isAppLocale(cookieLocale) ? cookieLocale : 'en' }
}
