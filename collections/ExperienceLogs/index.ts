import type { CollectionConfig } from 'payload'

import { learnerOrTheirManager, learnerWhilePendingOrTheirManager, memberOfAnOrganization } from '@/access/learnerRecords'
import { assignLearner, auditReviewDecision, learnerField, learnerOrganizationField, reviewDecision, reviewFields } from '../shared/learnerRecord'
import { hiddenFromTrainers } from '@/access/adminVisibility'
import { setWeekOf } from './hooks/setWeekOf'
import { revalidateOrganizationAfterChange, revalidateOrganizationAfterDelete } from '../shared/hooks/revalidateOrganization'

/** Hours of paid or volunteer peer work a learner logs; they count once their manager approves them. */
export const ExperienceLogs: CollectionConfig = {
  slug: 'experience-logs',
  admin: { hidden: hiddenFromTrainers, defaultColumns: ['date', 'learner', 'hours', 'setting', 'status'], group: 'Certification' },
  defaultSort: '-date',
  access: { read: learnerOrTheirManager, create: memberOfAnOrganization, update: learnerWhilePendingOrTheirManager, delete: learnerWhilePendingOrTheirManager },
  indexes: [{ fields: ['organization', 'weekOf'] }],
  hooks: {
    beforeValidate: [assignLearner(), reviewDecision, setWeekOf],
    afterChange: [auditReviewDecision({ approved: 'experience.approved', rejected: 'experience.rejected' }, (doc) => `Experience on ${String(doc.date).slice(0, 10)} (${doc.hours} h)`), revalidateOrganizationAfterChange],
    afterDelete: [revalidateOrganizationAfterDelete],
  },
  fields: [
    learnerField,
    learnerOrganizationField,
    { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'weekOf', type: 'date', index: true, admin: { readOnly: true, description: 'Monday of the week, for weekly review.' } },
    { name: 'hours', type: 'number', required: true, min: 0.25, max: 24 },
    { name: 'setting', type: 'text', required: true, maxLength: 200 },
    { name: 'paid', type: 'checkbox', defaultValue: false, admin: { description: 'Paid work; leave unticked for volunteer work.' } },
    { name: 'withSimilarPeers', label: 'With peers of similar lived experience', type: 'checkbox', defaultValue: false },
    ...reviewFields,
  ],
}
