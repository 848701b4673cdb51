import type { CollectionConfig } from 'payload'

import { learnerOrTheirManager, learnerWhilePendingOrTheirManager, memberOfAnOrganization } from '@/access/learnerRecords'
import { assignLearner, auditReviewDecision, learnerField, learnerOrganizationField, reviewDecision, reviewFields } from '../shared/learnerRecord'
import { hiddenFromTrainers } from '@/access/adminVisibility'
import { validateExternalTraining } from './hooks/validateExternalTraining'
import { revalidateOrganizationAfterChange, revalidateOrganizationAfterDelete } from '../shared/hooks/revalidateOrganization'

/**
 * Training a learner took elsewhere, counted toward a credential once the
 * manager of their organization approves it; a rejected one never counts.
 */
export const ExternalTrainings: CollectionConfig = {
  slug: 'external-trainings',
  admin: { hidden: hiddenFromTrainers, useAsTitle: 'title', defaultColumns: ['title', 'learner', 'hours', 'status', 'date'], group: 'Certification' },
  defaultSort: '-date',
  access: { read: learnerOrTheirManager, create: memberOfAnOrganization, update: learnerWhilePendingOrTheirManager, delete: learnerWhilePendingOrTheirManager },
  indexes: [{ fields: ['organization', 'status'] }],
  hooks: {
    beforeValidate: [assignLearner(), reviewDecision, validateExternalTraining],
    afterChange: [auditReviewDecision({ approved: 'external-training.approved', rejected: 'external-training.rejected' }, (doc) => `External training "${doc.title}" (${doc.hours} h)`), revalidateOrganizationAfterChange],
    afterDelete: [revalidateOrganizationAfterDelete],
  },
  fields: [
    learnerField,
    learnerOrganizationField,
    { name: 'credential', type: 'relationship', relationTo: 'credentials', required: true },
    { name: 'domain', type: 'text', required: true, maxLength: 60 },
    { name: 'provider', type: 'text', required: true, maxLength: 200 },
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'hours', type: 'number', required: true, min: 0.25, max: 500 },
    { name: 'certificate', type: 'upload', relationTo: 'training-certificates' },
    ...reviewFields,
  ],
}
