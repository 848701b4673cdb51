import type { CollectionConfig } from 'payload'

import { isAdminField, isOrgManager, mayManageOrganization, nobody } from '@/access/roles'
import { createInOwnOrganization, organizationField } from '../shared/organizationOwned'
import { issueToken, sendInvitation } from './hooks/issueToken'
import { limitInvitationSends } from './hooks/limitInvitationSends'

const systemOnly = { create: () => false, update: () => false }

/**
 * A single-use, expiring link that lets a new peer staff member set a
 * password and join an organization. One row per organization and address:
 * inviting again re-sends (new link) instead of duplicating.
 */
export const Invitations: CollectionConfig = {
  slug: 'invitations',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'organization', 'expiresAt', 'acceptedAt'], group: 'Organizations' },
  defaultSort: '-createdAt',
  access: { read: isOrgManager, create: mayManageOrganization, update: isOrgManager, delete: nobody },
  indexes: [{ fields: ['organization', 'email'], unique: true }],
  hooks: {
    beforeOperation: [limitInvitationSends],
    beforeValidate: [createInOwnOrganization],
    beforeChange: [issueToken],
    afterChange: [sendInvitation],
  },
  fields: [
    organizationField,
    { name: 'email', type: 'email', required: true, access: { update: () => false } },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'cohort', type: 'relationship', relationTo: 'cohorts' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'learner',
      options: [
        { label: 'Learner', value: 'learner' },
        { label: 'Manager', value: 'manager' },
      ],
      // Managers invite peer staff; only an admin may invite another manager.
      access: { create: isAdminField, update: isAdminField },
    },
    { name: 'tokenHash', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, ...systemOnly } },
    { name: 'expiresAt', type: 'date', admin: { readOnly: true }, access: systemOnly },
    { name: 'lastSentAt', type: 'date', admin: { readOnly: true }, access: systemOnly },
    { name: 'acceptedAt', type: 'date', admin: { readOnly: true }, access: systemOnly },
    { name: 'acceptedUser', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, access: systemOnly },
    { name: 'revokedAt', type: 'date', admin: { description: 'Set to revoke a pending invitation.' } },
    { name: 'invitedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, access: systemOnly },
  ],
}
