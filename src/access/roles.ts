import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

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

/** Admins act on every user; anyone else only on their own profile. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const own: Where = { id: { equals: req.user.id } }
  return own
}

/** Editors see drafts; every other signed-in user sees published documents only. */
export const publishedOrEditor: Access = ({ req }) => {
  if (!req.user) return false
  if (isContentEditorUser(req.user)) return true
  const published: Where = { _status: { equals: 'published' } }
  return published
}

/** Records that belong to one learner: admins see all, everyone else their own. */
export const ownRecords =
  (ownerField = 'user'): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    const own: Where = { [ownerField]: { equals: req.user.id } }
    return own
  }

export const nobody: Access = () => false
