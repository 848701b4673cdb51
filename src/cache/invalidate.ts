import type { Payload, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { organizationOf } from '@/access/roles'
import { pgPool, sqlFor } from '@/lib/db'

import { organizationTag } from './tags'

// Mirrors CACHE_CHANNEL in handler.mjs (plain JS, loaded by Next at run time).
const CHANNEL = 'peerpath_cache'

/**
 * Drops cached data with these tags on every instance once the request's
 * transaction commits: Postgres delivers a NOTIFY sent inside a transaction
 * only at commit, and never after a rollback. Outside a transaction it is
 * delivered at once. Works from every door (REST, GraphQL, the admin, server
 * actions, jobs and scripts), because it rides on the write itself.
 */
export const invalidateAfterCommit = async (req: PayloadRequest, tags: string[]) => {
  if (tags.length === 0) return
  await sqlFor(req)('select pg_notify($1, $2)', [CHANNEL, [...new Set(tags)].join(' ')])
}

/** For writes made with raw SQL outside a Payload transaction (progress, attempts). */
export const invalidateNow = async (payload: Payload, tags: string[]) => {
  if (tags.length === 0) return
  await pgPool(payload).query('select pg_notify($1, $2)', [CHANNEL, [...new Set(tags)].join(' ')])
}

/** A learner's own write (progress, an attempt) changed what their organization's dashboard shows. */
export const invalidateLearnersOrganization = async (payload: Payload, learner: User) => {
  const organization = organizationOf(learner)
  if (organization !== null) await invalidateNow(payload, [organizationTag(organization)])
}
