import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { User } from '@/payload-types'

import { canManage, organizationOf } from '@/access/roles'
import { jsonError } from '@/http/json'
import { requestLocale } from '@/i18n/locale'
import { userFromHeaders } from './identify'

/** For /manage route handlers: the signed-in manager and their organization, or the JSON error to return. */
export const managerFromRequest = async (
  request: Request,
): Promise<{ ok: true; payload: Payload; user: User; organizationId: number; locale: AppLocale } | { ok: false; response: Response }> => {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  if (!user) return { ok: false, response: jsonError(401, 'Sign in first.') }
  const organizationId = organizationOf(user)
  if (!canManage(user) || organizationId === null) return { ok: false, response: jsonError(403, 'Only managers of an organization may do this.') }
  return { ok: true, payload, user, organizationId, locale: requestLocale(request) }
}
