import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { relationId } from '@/lib/relationId'

export const ROLES = ['admin', 'trainer', 'manager', 'learner'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes(user.role as Role))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')
/** Trainers and admins author curriculum and may see answer keys. */
export const isContentEditorUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'trainer')

export const isAdmin: Access = ({ req }) => isAdminUser(req.user)
export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req.user)
export const isContentEditor: Access = ({ req }) => isContentEditorUser(req.user)
export const isContentEditorField: FieldAccess = ({ req }) => isContentEditorUser(req.user)
export const isSignedIn: Access = ({ req }) => Boolean(req.user)

/** The organization a user belongs to, as an id. */
export const organizationOf = (user: MaybeUser): number | null =>
  relationId(user && 'organization' in user ? user.organization : null)

/** Managers of an organization, and admins who belong to one, may open /manage. */
export const canManage = (user: MaybeUser): boolean => hasRole(user, 'manager', 'admin') && organizationOf(user) !== null

/** Admins act on every user; anyone else only on their own profile. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const own: Where = { id: { equals: req.user.id } }
  return own
}

/** Admins read every user; a manager also reads the people of their own organization. */
export const readableUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const own: Where = { id: { equals: req.user.id } }
  const organization = organizationOf(req.user)
  if (!hasRole(req.user, 'manager') || organization === null) return own
  const team: Where = { or: [own, { organization: { equals: organization } }] }
  return team
}

/**
 * Learning records (progress, attempts) that carry the organization they were
 * made in: admins see all; a learner their own made in their current
 * organization (or with none, made before they had one); a manager also every
 * record made in their organization, whoever holds it now. So a learner moved
 * to another organization leaves the old one's records (private quizzes'
 * reviews included) behind, readable by its managers and not by the new ones.
 */
export const ownRecordsInOrganization: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const own: Where = { and: [{ user: { equals: req.user.id } }, sharedOrOwnOrganization(req.user)] }
  const organization = organizationOf(req.user)
  if (!hasRole(req.user, 'manager') || organization === null) return own
  const team: Where = { or: [own, { organization: { equals: organization } }] }
  return team
}

/**
 * Certificates: the holder keeps reading their own wherever they work now (it
 * is their credential, and /verify is public anyway); a manager reads those
 * issued in their organization.
 */
export const ownCertificates: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const own: Where = { user: { equals: req.user.id } }
  const organization = organizationOf(req.user)
  if (!hasRole(req.user, 'manager') || organization === null) return own
  const team: Where = { or: [own, { organization: { equals: organization } }] }
  return team
}

export const nobody: Access = () => false

/** A manager with an organization: the only kind of manager who may act on anything. */
export const isOrgManagerUser = (user: MaybeUser): boolean => hasRole(user, 'manager') && organizationOf(user) !== null

/**
 * Records that carry an `organization`: admins see all, a manager those of
 * their organization, nobody else anything.
 */
export const isOrgManager: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!isOrgManagerUser(req.user)) return false
  const own: Where = { organization: { equals: organizationOf(req.user) } }
  return own
}

/**
 * Curriculum a user may read: editors everything; everyone else published
 * documents that are shared (no organization) or private to their own
 * organization (lessons and quizzes carry their module's).
 */
export const readableCurriculum: Access = ({ req }) => {
  if (!req.user) return false
  if (isContentEditorUser(req.user)) return true
  const published: Where = { and: [{ _status: { equals: 'published' } }, sharedOrOwnOrganization(req.user)] }
  return published
}

/** Records with no organization (shared by everyone) or the user's own organization's. */
export const sharedOrOwnOrganization = (user: MaybeUser): Where => {
  const organization = organizationOf(user)
  const shared: Where = { organization: { exists: false } }
  return organization === null ? shared : { or: [shared, { organization: { equals: organization } }] }
}

/**
 * `readableCurriculum` for one document already read with overrideAccess (the
 * quiz grader needs the answer key): the same rule, applied by hand.
 */
export const mayReadCurriculumDoc = (user: MaybeUser, doc: { _status?: string | null; organization?: unknown }): boolean => {
  if (!user) return false
  if (isContentEditorUser(user)) return true
  const owner = relationId(doc.organization)
  return doc._status === 'published' && (owner === null || owner === organizationOf(user))
}

/** Admins, and managers who belong to an organization, may create that organization's records. */
export const mayManageOrganization: Access = ({ req }) => isAdminUser(req.user) || isOrgManagerUser(req.user)

/** Trainers and admins read every organization; anyone else only their own (none without one). */
export const readableOrganizations: Access = ({ req }) => {
  if (!req.user) return false
  if (isContentEditorUser(req.user)) return true
  const organization = organizationOf(req.user)
  if (organization === null) return false
  const own: Where = { id: { equals: organization } }
  return own
}

/**
 * Media: editors read all; any other signed-in user the shared files (no
 * organization) and their own organization's. Payload applies this to the
 * file route (`/api/media/file/…`) as well as to REST, GraphQL and population.
 */
export const readableMedia: Access = ({ req }) => {
  if (!req.user) return false
  if (isContentEditorUser(req.user)) return true
  return sharedOrOwnOrganization(req.user)
}
