import type { CollectionConfig } from 'payload'

import { hiddenFromTrainers } from '@/access/adminVisibility'
import { isAdmin, isContentEditorField, nobody, ownRecordsInOrganization } from '@/access/roles'
import { recordOrganizationField } from '../shared/organizationOwned'
import { submitQuizEndpoint } from './endpoints/submit'

/** Graded attempts; only the submit endpoint creates them, so scores cannot be forged. */
export const QuizAttempts: CollectionConfig = {
  slug: 'quiz-attempts',
  admin: { hidden: hiddenFromTrainers, defaultColumns: ['user', 'quiz', 'attemptNumber', 'score', 'passed', 'submittedAt'], group: 'Learning records' },
  access: {
    read: ownRecordsInOrganization,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  indexes: [{ fields: ['user', 'quiz', 'attemptNumber'], unique: true }],
  endpoints: [submitQuizEndpoint],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'quiz', type: 'relationship', relationTo: 'quizzes', required: true, index: true },
    { name: 'module', type: 'relationship', relationTo: 'modules', required: true, index: true },
    { name: 'attemptNumber', type: 'number', required: true, min: 1 },
    { name: 'score', type: 'number', required: true, min: 0, max: 100 },
    { name: 'passed', type: 'checkbox', required: true, defaultValue: false },
    { name: 'locale', type: 'text', maxLength: 5 },
    { name: 'startedAt', type: 'date' },
    { name: 'submittedAt', type: 'date', required: true },
    /** The questions drawn for this attempt (the quiz's questionsPerAttempt), in the order they were shown. */
    { name: 'questionIds', type: 'json' },
    { name: 'answers', type: 'json', required: true },
    /** What the quiz's review setting lets the learner see; safe to show its owner. */
    { name: 'review', type: 'json', required: true },
    /** The full grading, correct answers included: staff only. */
    { name: 'grading', type: 'json', access: { read: isContentEditorField } },
    recordOrganizationField,
  ],
}
