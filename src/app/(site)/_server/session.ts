import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { User } from '@/payload-types'

import { canManage, organizationOf } from '@/access/roles'
import { userFromHeaders } from './identify'

/** Payload and the signed-in user for this request; computed once per render. */
export const getSession = cache(async () => {
  const payload = await getPayload({ config })
  return { payload, user: await userFromHeaders(payload, await headers()) }
})

/** For pages that need a learner: no session, no page. */
export const requireUser = async () => {
  const session = await getSession()
  if (!session.user) redirect('/login')
  return session as { payload: typeof session.payload; user: User }
}

export { canManage }

/**
 * For /manage: a manager of an organization, or an admin who belongs to one.
 * Everything on those pages is scoped to this organization.
 */
export const requireManager = async () => {
  const session = await requireUser()
  const { user } = session
  const organization = organizationOf(user)
  if (!canManage(user) || organization === null) redirect('/learn')
  return { ...session, organizationId: organization }
}
