import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '../../payload-types'

import { organizationOf } from '../../access/roles'
import { jsonError } from '../http/json'
import { type AppLocale, localeFromRequest } from '../locales'
import { canManage } from './session'

/** For /manage route handlers: the signed-in manager and their organization, or the JSON error to return. */
export const managerFromRequest = async (
  request: Request,
): Promise<{ ok: true; payload: Payload; user: User; organizationId: number; locale: AppLocale } | { ok: false; response: Response }> => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return { ok: false, response: jsonError(401, 'Sign in first.') }
  const organizationId = organizationOf(user)
  if (!canManage(user as User) || organizationId === null) return { ok: false, response: jsonError(403, 'Only managers of an organization may do this.') }
  return { ok: true, payload, user: user as User, organizationId, locale: localeFromRequest(request) }
}
