import type { CollectionConfig } from 'payload'

import { hiddenFromTrainers } from '@/access/adminVisibility'
import { isAdmin, isAdminField, nobody, ownCertificates } from '@/access/roles'
import { recordOrganizationField } from '../shared/organizationOwned'
import { auditRevocation } from './hooks/auditRevocation'

/** Issued by the server when a learner meets every requirement of a module. */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  admin: { hidden: hiddenFromTrainers, useAsTitle: 'code', defaultColumns: ['learnerName', 'module', 'issuedAt', 'revoked'], group: 'Learning records' },
  access: {
    read: ownCertificates,
    create: nobody,
    // Admins may revoke; nothing else about a certificate changes.
    update: isAdmin,
    delete: nobody,
  },
  // One certificate per learner, module and round: a recertification (an
  // assignment that `recertifies` an expired certificate) opens the next round.
  indexes: [{ fields: ['user', 'module', 'round'], unique: true }],
  hooks: { afterChange: [auditRevocation] },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: () => false } },
    { name: 'module', type: 'relationship', relationTo: 'modules', required: true, index: true, access: { update: () => false } },
    { name: 'code', type: 'text', required: true, unique: true, index: true, access: { update: () => false } },
    { name: 'learnerName', type: 'text', required: true, access: { update: () => false } },
    { name: 'issuedAt', type: 'date', required: true, access: { update: () => false } },
    {
      name: 'expiresAt',
      type: 'date',
      index: true,
      access: { update: () => false },
      admin: { readOnly: true, description: 'Set at issue from the module’s validity period; empty means it never expires.' },
    },
    {
      name: 'round',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      access: { update: () => false },
      admin: { readOnly: true, description: '0 for the first certificate; one more for each recertification.' },
    },
    recordOrganizationField,
    {
      name: 'totalLearningSeconds',
      type: 'number',
      min: 0,
      access: { update: () => false },
      admin: { readOnly: true, description: 'Time on task over the module’s lessons when the certificate was issued, in seconds (server-measured).' },
    },
    {
      name: 'evidence',
      type: 'json',
      access: { update: () => false },
      admin: {
        readOnly: true,
        description:
          'What the certificate rests on, recorded at issue: time on task and completion date per lesson, and per quiz the attempts used, best and passing score and when it was passed.',
      },
    },
    { name: 'revoked', type: 'checkbox', defaultValue: false, access: { update: isAdminField } },
    { name: 'revokedReason', type: 'text', maxLength: 500, access: { update: isAdminField } },
  ],
}
