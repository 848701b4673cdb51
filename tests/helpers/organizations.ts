import type { Payload } from 'payload'

import type { Organization, User } from '@/payload-types'

import { consoleOutbox } from '@/lib/email'
import { createUser, uniqueSlug } from './fixtures'

export const createOrganization = (payload: Payload, name: string): Promise<Organization> =>
  payload.create({ collection: 'organizations', data: { name, slug: uniqueSlug('org'), state: 'PA' } })

/** An organization with a manager and a learner, each signed in. */
export const createTeam = async (payload: Payload, name: string) => {
  const organization = await createOrganization(payload, name)
  const manager = await createUser(payload, 'manager', { organization: organization.id })
  const learner = await createUser(payload, 'learner', { organization: organization.id })
  return { organization, manager, learner }
}

export type Team = Awaited<ReturnType<typeof createTeam>>

/** The invitation link token from the newest email sent to `email` by the console transport. */
export const invitationTokenFor = (email: string): string => {
  const message = [...consoleOutbox].reverse().find((sent) => sent.to === email && String(sent.html).includes('/invite/'))
  const token = String(message?.html ?? '').match(/\/invite\/([A-Za-z0-9_-]{43})/)?.[1]
  if (!token) throw new Error(`no invitation email to ${email}`)
  return token
}

export const emailsTo = (email: string) => consoleOutbox.filter((sent) => sent.to === email)

export const asUser = (user: User) => ({ overrideAccess: false, user }) as const
