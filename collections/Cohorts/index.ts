import type { CollectionConfig } from 'payload'

import { isOrgManager, mayManageOrganization } from '@/access/roles'
import { recordAudit } from '@/lib/org/audit'
import { revalidateOrganizationAfterChange, revalidateOrganizationAfterDelete } from '../shared/hooks/revalidateOrganization'
import { createInOwnOrganization, organizationField, relationId } from '../shared/organizationOwned'

/** A group of learners who start together, e.g. "March 2027 new hires". */
export const Cohorts: CollectionConfig = {
  slug: 'cohorts',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'organization', 'startsOn'], group: 'Organizations' },
  defaultSort: '-createdAt',
  access: { read: isOrgManager, create: mayManageOrganization, update: isOrgManager, delete: isOrgManager },
  indexes: [{ fields: ['organization', 'name'], unique: true }],
  hooks: {
    beforeValidate: [createInOwnOrganization],
    afterChange: [
      revalidateOrganizationAfterChange,
      async ({ doc, operation, req }) => {
        if (operation === 'create') {
          await recordAudit(req.payload, { action: 'cohort.created', organization: relationId(doc.organization), summary: `Cohort "${doc.name}" created`, details: { cohort: doc.id, name: doc.name } }, req)
        }
        return doc
      },
    ],
    // The cohort's assignments go with it; its learners stay, without a cohort.
    beforeDelete: [
      async ({ id, req }) => {
        await req.payload.delete({ collection: 'assignments', where: { cohort: { equals: id } }, req, overrideAccess: true })
      },
    ],
    afterDelete: [
      revalidateOrganizationAfterDelete,
      async ({ doc, req }) => {
        await recordAudit(req.payload, { action: 'cohort.deleted', organization: relationId(doc.organization), summary: `Cohort "${doc.name}" deleted`, details: { cohort: doc.id, name: doc.name } }, req)
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    organizationField,
    { name: 'startsOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
  ],
}
