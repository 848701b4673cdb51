import type { CollectionConfig } from 'payload'

import { hiddenFromTrainers } from '@/access/adminVisibility'
import { ROLES, hasRole, isAdmin, isAdminField, isAdminOrSelf, readableUsers } from '@/access/roles'
import { LOCALES } from '@/lib/locales'
import { revalidateOrganizationAfterChange, revalidateOrganizationAfterDelete } from '../shared/hooks/revalidateOrganization'
import { forgotPasswordEndpoint } from './endpoints/forgotPassword'
import { validateChangedRelationship } from '../shared/validateChangedRelationship'
import { auditMembershipChanges } from './hooks/auditMembershipChanges'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { limitAuthOperations, rewardSignIn } from './hooks/limitAuthOperations'
import { refuseDeactivated } from './hooks/refuseDeactivated'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    hidden: hiddenFromTrainers,
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'organization'],
  },
  auth: {
    // The user on every request (req.user, the site's session) with relationship ids, not documents:
    // everything reads them through relationId, and Payload's default depth of 2 cost two more queries
    // (organization, cohort) on every signed-in request. /api/users/me?depth=1 still populates.
    depth: 0,
    // No per-account lockout: anyone could lock a known person out with five wrong passwords, and "locked"
    // would say the account exists. Guessing is limited per account and address instead (src/lib/limits/attempts.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Secure whenever the site is served over https (PUBLIC_URL); COOKIE_SECURE=true forces it behind a TLS-terminating proxy.
    cookies: { sameSite: 'Lax', secure: (process.env.PUBLIC_URL ?? '').startsWith('https://') || process.env.COOKIE_SECURE === 'true' },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: () => 'Reset your PeerPath password / Restablece tu contraseña de PeerPath',
      generateEmailHTML: (args) => resetPasswordEmail(args?.token ?? ''),
    },
  },
  access: {
    // The back office is for staff; peer staff use the learner site.
    admin: ({ req }) => hasRole(req.user, 'admin', 'trainer'),
    create: isAdmin,
    read: readableUsers,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [limitAuthOperations],
    afterLogin: [rewardSignIn],
    beforeChange: [firstUserIsAdmin],
    beforeLogin: [refuseDeactivated],
    afterChange: [auditMembershipChanges, revalidateOrganizationAfterChange],
    afterDelete: [revalidateOrganizationAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'learner',
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      // Nobody but an admin may grant or change a role, their own included.
      access: { create: isAdminField, update: isAdminField },
      index: true,
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      index: true,
    },
    {
      name: 'cohort',
      type: 'relationship',
      relationTo: 'cohorts',
      index: true,
      // Managers move their learners between cohorts from /manage, which checks both belong to them.
      access: { create: isAdminField, update: isAdminField },
      filterOptions: ({ data }) => (data?.organization ? { organization: { equals: data.organization } } : true),
      validate: validateChangedRelationship,
    },
    {
      name: 'preferredLocale',
      type: 'select',
      defaultValue: 'en',
      options: LOCALES.map((code) => ({ label: code === 'en' ? 'English' : 'Español', value: code })),
    },
    {
      // Set by the person's manager on /manage/people when they leave: sign-in is refused, their records stay,
      // and they drop out of the dashboard and reminders. Empty means active.
      name: 'deactivatedAt',
      type: 'date',
      index: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'Set when the person has left; they cannot sign in until it is cleared.' },
    },
  ],
}
