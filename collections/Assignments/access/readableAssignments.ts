import type { Access, Where } from 'payload'

import { isAdminUser, isOrgManagerUser, organizationOf } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/**
 * Admins read all assignments, a manager those of their organization, a
 * learner those made to them directly or to their cohort.
 */
export const readableAssignments: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isAdminUser(user)) return true
  if (isOrgManagerUser(user)) {
    const own: Where = { organization: { equals: organizationOf(user) } }
    return own
  }
  const cohort = relationId('cohort' in user ? user.cohort : null)
  const mine: Where = { learner: { equals: user.id } }
  return cohort === null ? mine : { or: [mine, { cohort: { equals: cohort } }] }
}
