import type { CollectionConfig } from 'payload'

import { hiddenFromTrainers } from '@/access/adminVisibility'
import { isOrgManager, mayManageOrganization } from '@/access/roles'
import { revalidateOrganizationAfterChange, revalidateOrganizationAfterDelete } from '../shared/hooks/revalidateOrganization'
import { createInOwnOrganization, organizationField } from '../shared/organizationOwned'
import { readableAssignments } from './access/readableAssignments'
import { auditAssignmentChange, auditAssignmentDelete } from './hooks/auditAssignment'
import { validateAssignment } from './hooks/validateAssignment'

/** A module or onboarding path assigned to a learner or a whole cohort, with a due date. */
export const Assignments: CollectionConfig = {
  slug: 'assignments',
  admin: { hidden: hiddenFromTrainers, defaultColumns: ['learner', 'cohort', 'module', 'path', 'dueDate'], group: 'Organizations' },
  defaultSort: 'dueDate',
  access: { read: readableAssignments, create: mayManageOrganization, update: isOrgManager, delete: isOrgManager },
  indexes: [{ fields: ['organization', 'dueDate'] }],
  hooks: {
    beforeValidate: [createInOwnOrganization],
    beforeChange: [validateAssignment],
    afterChange: [auditAssignmentChange, revalidateOrganizationAfterChange],
    afterDelete: [auditAssignmentDelete, revalidateOrganizationAfterDelete],
  },
  fields: [
    organizationField,
    { name: 'learner', type: 'relationship', relationTo: 'users', index: true },
    { name: 'cohort', type: 'relationship', relationTo: 'cohorts', index: true },
    { name: 'module', type: 'relationship', relationTo: 'modules' },
    { name: 'path', type: 'relationship', relationTo: 'paths' },
    { name: 'dueDate', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'note', type: 'text', maxLength: 500 },
    {
      name: 'recertifies',
      type: 'relationship',
      relationTo: 'certificates',
      // Unique: an expired certificate is assigned again once, however often the job runs.
      unique: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, description: 'The expired certificate this assignment renews (set by PeerPath).' },
    },
    { name: 'assignedBy', type: 'relationship', relationTo: 'users', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
  ],
}
