import type { Access, Where } from 'payload'

import { isAdminUser, isContentEditorUser, isOrgManagerUser, organizationOf, sharedOrOwnOrganization } from './roles'

/**
 * A learner's own certification records (external trainings, experience,
 * supervision, held credentials): admins read all, a manager those of their
 * organization, a learner their own. The organization is stored on every
 * record, so a manager of another organization matches nothing through REST,
 * GraphQL or a populated relationship.
 */
export const learnerOrTheirManager: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isAdminUser(user)) return true
  const own: Where = { learner: { equals: user.id } }
  if (!isOrgManagerUser(user)) return own
  const team: Where = { organization: { equals: organizationOf(user) } }
  return team
}

/** Anyone who belongs to an organization (or an admin) may record; hooks decide for whom. */
export const memberOfAnOrganization: Access = ({ req }) => isAdminUser(req.user) || organizationOf(req.user) !== null

/**
 * Records a learner keeps themselves and a manager reviews: the learner may
 * change or withdraw theirs only while it waits for review; the manager of
 * their organization may always act on it (to approve or reject).
 */
export const learnerWhilePendingOrTheirManager: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isAdminUser(user)) return true
  if (isOrgManagerUser(user)) {
    const team: Where = { organization: { equals: organizationOf(user) } }
    return team
  }
  const ownPending: Where = { and: [{ learner: { equals: user.id } }, { status: { equals: 'pending' } }] }
  return ownPending
}

/** Admins, and managers of the record's organization. */
export const managerOfTheRecordsOrganization: Access = ({ req }) => {
  const user = req.user
  if (isAdminUser(user)) return true
  if (!isOrgManagerUser(user)) return false
  const team: Where = { organization: { equals: organizationOf(user) } }
  return team
}

/** Credentials and their credit mappings: editors read all; everyone else shared ones and their organization's. */
export const sharedOrOwnOrganizationsCredentials: Access = ({ req }) => {
  if (!req.user) return false
  if (isContentEditorUser(req.user)) return true
  return sharedOrOwnOrganization(req.user)
}
