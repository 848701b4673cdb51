import type { CollectionConfig } from 'payload'

import { learnerOrTheirManager, managerOfTheRecordsOrganization } from '@/access/learnerRecords'
import { hiddenFromTrainers } from '@/access/adminVisibility'
import { mayManageOrganization } from '@/access/roles'
import { assignLearner, learnerField, learnerOrganizationField } from '../shared/learnerRecord'
import { auditSupervisionChange, auditSupervisionDelete } from './hooks/auditSupervision'
import { guardSupervisionEntry, refuseDeletingAcknowledged } from './hooks/lockAcknowledged'
import { revalidateOrganizationAfterChange, revalidateOrganizationAfterDelete } from '../shared/hooks/revalidateOrganization'

export const SUPERVISION_TOPICS = [
  { label: 'Case and activity review', value: 'case-and-activity-review' },
  { label: 'Skill building', value: 'skill-building' },
  { label: 'Problem resolution', value: 'problem-resolution' },
  { label: 'Professional growth', value: 'professional-growth' },
]

/**
 * Supervision a manager of the learner's organization gave, recorded by that
 * supervisor and acknowledged by the learner. An acknowledged entry never
 * changes: a correction is a new entry that `corrects` it.
 */
export const SupervisionSessions: CollectionConfig = {
  slug: 'supervision-sessions',
  admin: { hidden: hiddenFromTrainers, defaultColumns: ['date', 'learner', 'durationMinutes', 'format', 'acknowledged'], group: 'Certification' },
  defaultSort: '-date',
  access: {
    read: learnerOrTheirManager,
    create: mayManageOrganization,
    // The learner may acknowledge their own; the hooks allow nothing else of them.
    update: learnerOrTheirManager,
    delete: managerOfTheRecordsOrganization,
  },
  indexes: [{ fields: ['organization', 'date'] }],
  hooks: {
    beforeValidate: [assignLearner({ managersOnly: true }), guardSupervisionEntry],
    beforeDelete: [refuseDeletingAcknowledged],
    afterChange: [auditSupervisionChange, revalidateOrganizationAfterChange],
    afterDelete: [auditSupervisionDelete, revalidateOrganizationAfterDelete],
  },
  fields: [
    learnerField,
    learnerOrganizationField,
    { name: 'supervisor', type: 'relationship', relationTo: 'users', access: { update: () => false }, admin: { readOnly: true } },
    { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'durationMinutes', type: 'number', required: true, min: 5, max: 600 },
    { name: 'format', type: 'select', required: true, defaultValue: 'individual', options: [{ label: 'Individual', value: 'individual' }, { label: 'Group', value: 'group' }] },
    { name: 'mode', type: 'select', required: true, defaultValue: 'in-person', options: [{ label: 'In person', value: 'in-person' }, { label: 'Remote', value: 'remote' }] },
    { name: 'topics', type: 'select', hasMany: true, options: SUPERVISION_TOPICS },
    { name: 'notes', type: 'textarea', maxLength: 4000, admin: { description: 'Visible to the learner and the supervisor.' } },
    { name: 'corrects', type: 'relationship', relationTo: 'supervision-sessions', access: { update: () => false }, admin: { description: 'The earlier entry this one corrects.' } },
    { name: 'acknowledged', type: 'checkbox', defaultValue: false, index: true },
    { name: 'acknowledgedAt', type: 'date', admin: { readOnly: true } },
  ],
}
