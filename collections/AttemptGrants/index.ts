import type { CollectionConfig } from 'payload'

import { isOrgManager, nobody } from '@/access/roles'
import { organizationField } from '../shared/organizationOwned'

/**
 * One extra quiz attempt a manager gave a learner: each row raises that
 * learner's attempt limit for the quiz by one (src/lib/quiz/attempts.ts).
 * Written only by the /manage action, which checks the learner is the manager's.
 */
export const AttemptGrants: CollectionConfig = {
  slug: 'attempt-grants',
  admin: { defaultColumns: ['learner', 'quiz', 'grantedBy', 'createdAt'], group: 'Learning records' },
  access: { read: isOrgManager, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['learner', 'quiz'] }],
  fields: [
    organizationField,
    { name: 'learner', type: 'relationship', relationTo: 'users', required: true },
    { name: 'quiz', type: 'relationship', relationTo: 'quizzes', required: true },
    { name: 'grantedBy', type: 'relationship', relationTo: 'users' },
  ],
}
