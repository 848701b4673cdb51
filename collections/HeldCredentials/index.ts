import type { CollectionConfig } from 'payload'

import { learnerOrTheirManager, memberOfAnOrganization } from '@/access/learnerRecords'
import { assignLearner, learnerField, learnerOrganizationField } from '../shared/learnerRecord'
import { hiddenFromTrainers } from '@/access/adminVisibility'
import { credentialReadable } from './hooks/credentialReadable'
import { revalidateOrganizationAfterChange, revalidateOrganizationAfterDelete } from '../shared/hooks/revalidateOrganization'

/**
 * A credential a learner is working toward or holds. Chosen by the learner or
 * by their manager; the number and dates are the board's, recorded here.
 */
export const HeldCredentials: CollectionConfig = {
  slug: 'held-credentials',
  admin: { hidden: hiddenFromTrainers, defaultColumns: ['learner', 'credential', 'status', 'expiresAt'], group: 'Certification' },
  access: { read: learnerOrTheirManager, create: memberOfAnOrganization, update: learnerOrTheirManager, delete: learnerOrTheirManager },
  indexes: [{ fields: ['learner', 'credential'], unique: true }],
  hooks: { beforeValidate: [assignLearner(), credentialReadable], afterChange: [revalidateOrganizationAfterChange], afterDelete: [revalidateOrganizationAfterDelete] },
  fields: [
    learnerField,
    learnerOrganizationField,
    { name: 'credential', type: 'relationship', relationTo: 'credentials', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pursuing',
      options: [
        { label: 'Working toward it', value: 'pursuing' },
        { label: 'Held', value: 'held' },
      ],
    },
    { name: 'number', type: 'text', maxLength: 100 },
    { name: 'issuedAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'expiresAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayOnly' }, description: 'The last day it is valid.' } },
  ],
}
