import type { CollectionConfig } from 'payload'

import { isOrgManager, nobody } from '@/access/roles'
import { AUDIT_ACTIONS } from '@/lib/org/audit'

/** Security-relevant actions; readable by admins and the organization's managers, editable by nobody. */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  admin: { useAsTitle: 'summary', defaultColumns: ['createdAt', 'action', 'summary', 'actor'], group: 'Organizations' },
  defaultSort: '-createdAt',
  access: { read: isOrgManager, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['organization', 'createdAt'] }],
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: AUDIT_ACTIONS.map((value) => ({ label: value, value })) },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', index: true },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'summary', type: 'text', required: true, maxLength: 500 },
    { name: 'details', type: 'json' },
  ],
}
