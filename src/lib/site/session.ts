import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { User } from '../../payload-types'

/** Payload and the signed-in user for this request; computed once per render. */
export const getSession = cache(async () => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user: (user as User | null) ?? null }
})

/** For pages that need a learner: no session, no page. */
export const requireUser = async () => {
  const session = await getSession()
  if (!session.user) redirect('/login')
  return session as { payload: typeof session.payload; user: User }
}
