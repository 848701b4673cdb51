import type { CollectionConfig } from 'payload'

import { sharedOrOwnOrganizationsCredentials } from '@/access/learnerRecords'
import { isContentEditor } from '@/access/roles'
import { validateCreditMapping } from './hooks/validateCreditMapping'

/**
 * A module counts for hours in one domain (or continuing-education category)
 * of a credential. A learner earns them only with the module's certificate.
 */
export const CreditMappings: CollectionConfig = {
  slug: 'credit-mappings',
  admin: { defaultColumns: ['module', 'credential', 'domain', 'hours'], group: 'Certification' },
  access: { read: sharedOrOwnOrganizationsCredentials, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  indexes: [{ fields: ['credential', 'module', 'domain'], unique: true }],
  hooks: { beforeValidate: [validateCreditMapping] },
  fields: [
    { name: 'credential', type: 'relationship', relationTo: 'credentials', required: true, index: true },
    { name: 'module', type: 'relationship', relationTo: 'modules', required: true, index: true },
    { name: 'domain', type: 'text', required: true, maxLength: 60, admin: { description: "A key from the credential's training domains or renewal categories." } },
    { name: 'hours', type: 'number', required: true, min: 0.25, max: 200 },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', index: true, admin: { readOnly: true, position: 'sidebar', description: "The credential's." } },
  ],
}
