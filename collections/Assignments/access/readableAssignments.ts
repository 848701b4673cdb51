import type { Access, Where } from 'payload'

import { isAdminUser, isOrgManagerUser, organizationOf } from '../../../src/access/roles'

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
  const cohort = 'cohort' in user && user.cohort != null ? (typeof user.cohort === 'object' ? user.cohort.id : user.cohort) : null
  const mine: Where = { learner: { equals: user.id } }
  return cohort === null ? mine : { or: [mine, { cohort: { equals: cohort } }] }
}
