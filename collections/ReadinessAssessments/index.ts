import type { CollectionConfig } from 'payload'

import { ValidationError } from 'payload'

import { isOrgManager, mayManageOrganization, nobody } from '@/access/roles'
import { recordAudit } from '@/lib/org/audit'
import { ReadinessAnswers, scoreReadiness } from '@/lib/readiness/score'
import { createInOwnOrganization, organizationField, relationId } from '../shared/organizationOwned'

/**
 * An organization's answers to the readiness self-assessment. Scores are
 * computed here from the answers, never taken from the client; submissions
 * are kept unchanged so the history shows progress over time.
 */
export const ReadinessAssessments: CollectionConfig = {
  slug: 'readiness-assessments',
  admin: { defaultColumns: ['organization', 'overall', 'createdAt'], group: 'Organizations' },
  defaultSort: '-createdAt',
  access: { read: isOrgManager, create: mayManageOrganization, update: nobody, delete: nobody },
  hooks: {
    beforeValidate: [createInOwnOrganization],
    beforeChange: [
      ({ data, req }) => {
        const answers = ReadinessAnswers.safeParse(data.answers)
        if (!answers.success) {
          throw new ValidationError({ errors: [{ path: 'answers', message: 'Answer every statement with a value from 1 to 4.' }] })
        }
        const result = scoreReadiness(answers.data)
        return { ...data, answers: answers.data, scores: result.areas, overall: result.overall, completedBy: req.user?.id ?? data.completedBy }
      },
    ],
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create') {
          await recordAudit(req.payload, { action: 'readiness.completed', organization: relationId(doc.organization), summary: `Readiness self-assessment completed (overall ${doc.overall}%)`, details: { overall: doc.overall } }, req)
        }
        return doc
      },
    ],
  },
  fields: [
    organizationField,
    { name: 'completedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'answers', type: 'json', required: true },
    { name: 'scores', type: 'json', admin: { readOnly: true } },
    { name: 'overall', type: 'number', min: 0, max: 100, admin: { readOnly: true } },
  ],
}
