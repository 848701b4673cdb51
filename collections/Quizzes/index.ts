import type { CollectionConfig } from 'payload'

import { isContentEditorField } from '@/access/roles'
import { shippedContentHashField, slugField } from '../shared/contentFields'
import { previewButton, publishWithTranslationCheck, translationStatusField } from '../shared/adminPreview'
import { curriculumCollection } from '../shared/curriculum'
import { languageReviewFields } from '../shared/languageReview'
import { moduleOrganizationField } from '../shared/moduleOrganization'
import { validateQuestions } from './validateQuestions'

/** Answer keys and per-answer feedback: only editors read them; learners get them via grading. */
const answerKeyAccess = { read: isContentEditorField }

export const QUESTION_TYPES = [
  { label: 'Single choice', value: 'single' },
  { label: 'Multiple choice', value: 'multiple' },
  { label: 'True / false', value: 'true-false' },
  { label: 'Short answer', value: 'short-answer' },
]

export const Quizzes: CollectionConfig = {
  slug: 'quizzes',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'module', 'passingScore', '_status'],
    preview: previewButton('quizzes'),
    components: {
      edit: { PublishButton: publishWithTranslationCheck },
      views: {
        edit: {
          // Moodle-style statistics of learners' attempts, for trainers and admins (aggregates only).
          statistics: {
            Component: '/components/admin/QuizStatisticsView#QuizStatisticsView',
            path: '/statistics',
            tab: { label: 'Statistics', href: '/statistics', order: 150 },
          },
        },
      },
    },
  },
  ...curriculumCollection('quizzes'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField,
    { name: 'module', type: 'relationship', relationTo: 'modules', required: true, index: true },
    {
      name: 'lesson',
      type: 'relationship',
      relationTo: 'lessons',
      admin: { description: 'Leave empty for the module quiz.' },
    },
    { name: 'instructions', type: 'textarea', localized: true, maxLength: 2000 },
    {
      type: 'row',
      fields: [
        { name: 'passingScore', type: 'number', required: true, defaultValue: 80, min: 0, max: 100 },
        { name: 'maxAttempts', type: 'number', required: true, defaultValue: 3, min: 1, max: 20 },
        {
          name: 'questionsPerAttempt',
          type: 'number',
          min: 0,
          max: 50,
          // A custom validate replaces Payload's min/max check, so it does both.
          validate: (value: number | null | undefined) =>
            value === null || value === undefined || (Number.isInteger(value) && value >= 0 && value <= 50) || 'Use a whole number from 0 to 50.',
          admin: {
            description:
              'How many questions each attempt draws from the bank below, spread across the lessons they are tagged with (like Moodle\'s random questions): a retry is a new set, a reload shows the same one. Leave empty or 0 to ask every question.',
          },
        },
      ],
    },
    {
      name: 'retakeAfterPass',
      type: 'checkbox',
      defaultValue: false,
      label: 'Learners who passed may take it again',
      admin: {
        description:
          'Off: once a learner passes, "Take the quiz" is replaced by their result and no further attempt can be used. On: a learner who passed may retake it (for practice) while attempts remain; each retake uses an attempt.',
      },
    },
    {
      name: 'displayMode',
      type: 'select',
      defaultValue: 'all-at-once',
      options: [
        { label: 'All questions on one page', value: 'all-at-once' },
        { label: 'One question at a time', value: 'one-at-a-time' },
      ],
    },
    {
      name: 'review',
      type: 'select',
      defaultValue: 'feedback',
      admin: {
        description:
          'What a learner sees after submitting an attempt. "Score and feedback" shows the feedback of the choices the learner chose and the correct-answer note; the incorrect-answer note (which often gives the answer away) and the correct answers are shown only with "Feedback and the correct answers".',
      },
      options: [
        { label: 'Score only', value: 'score' },
        { label: 'Score and feedback on each answer', value: 'feedback' },
        { label: 'Feedback and the correct answers', value: 'full' },
      ],
    },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 50,
      validate: validateQuestions,
      admin: {
        initCollapsed: true,
        description: 'The question bank. Tag each question with the lesson it assesses so draws are spread across lessons.',
        components: { RowLabel: '/components/admin/QuestionRowLabel#QuestionRowLabel' },
      },
      fields: [
        { name: 'type', type: 'select', required: true, defaultValue: 'single', options: QUESTION_TYPES },
        { name: 'prompt', type: 'textarea', required: true, localized: true, maxLength: 2000 },
        {
          type: 'row',
          fields: [
            {
              name: 'lesson',
              type: 'relationship',
              relationTo: 'lessons',
              admin: { description: 'The lesson this question assesses.' },
              // Only this module's lessons make sense here.
              filterOptions: ({ data }) => (data?.module ? { module: { equals: data.module } } : true),
            },
            {
              name: 'scenario',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'A scenario: asks the learner to judge a situation (what would you do, which response fits).' },
            },
          ],
        },
        { name: 'points', type: 'number', defaultValue: 1, min: 0, max: 100 },
        {
          name: 'scoring',
          type: 'select',
          defaultValue: 'all-or-nothing',
          options: [
            { label: 'All or nothing', value: 'all-or-nothing' },
            { label: 'Partial credit', value: 'partial' },
          ],
          admin: { condition: (_, sibling) => sibling?.type === 'multiple' },
        },
        { name: 'competencies', type: 'relationship', relationTo: 'competencies', hasMany: true },
        {
          name: 'choices',
          type: 'array',
          maxRows: 10,
          admin: { condition: (_, sibling) => sibling?.type !== 'short-answer' },
          fields: [
            { name: 'text', type: 'text', required: true, localized: true, maxLength: 500 },
            { name: 'isCorrect', type: 'checkbox', defaultValue: false, access: answerKeyAccess },
            { name: 'feedback', type: 'textarea', localized: true, maxLength: 1000, access: answerKeyAccess },
          ],
        },
        {
          name: 'acceptedAnswers',
          type: 'array',
          maxRows: 10,
          // Each language has its own list of accepted answers.
          localized: true,
          access: answerKeyAccess,
          admin: { condition: (_, sibling) => sibling?.type === 'short-answer' },
          fields: [{ name: 'answer', type: 'text', required: true, maxLength: 200 }],
        },
        { name: 'correctFeedback', type: 'textarea', localized: true, maxLength: 1000, access: answerKeyAccess },
        { name: 'incorrectFeedback', type: 'textarea', localized: true, maxLength: 1000, access: answerKeyAccess },
      ],
    },
    shippedContentHashField,
    moduleOrganizationField,
    translationStatusField,
    ...languageReviewFields,
  ],
}
