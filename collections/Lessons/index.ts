import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { estimatedMinutesField, shippedContentHashField, slugField } from '../shared/contentFields'
import { previewButton, publishWithTranslationCheck, translationStatusField } from '../shared/adminPreview'
import { curriculumCollection } from '../shared/curriculum'
import { languageReviewFields } from '../shared/languageReview'
import { moduleOrganizationField } from '../shared/moduleOrganization'
import { lessonBlocks } from './blocks'

export const Lessons: CollectionConfig = {
  slug: 'lessons',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'module', 'order', '_status', 'updatedAt'],
    preview: previewButton('lessons'),
    components: { edit: { PublishButton: publishWithTranslationCheck } },
  },
  defaultSort: 'order',
  ...curriculumCollection('lessons'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField,
    { name: 'module', type: 'relationship', relationTo: 'modules', required: true, index: true },
    { name: 'order', type: 'number', required: true, defaultValue: 1, min: 0 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: lessonBlocks })],
      }),
    },
    estimatedMinutesField,
    {
      name: 'minimumMinutes',
      type: 'number',
      min: 1,
      max: 600,
      admin: {
        position: 'sidebar',
        description:
          'Least time on task (minutes) before a learner can mark this lesson complete, measured by the server while the lesson is open. Leave empty for half of the estimated minutes.',
      },
    },
    { name: 'competencies', type: 'relationship', relationTo: 'competencies', hasMany: true },
    {
      name: 'sources',
      type: 'array',
      admin: { description: 'Where the facts in this lesson come from.' },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 300 },
        { name: 'publisher', type: 'text', maxLength: 200 },
        {
          name: 'url',
          type: 'text',
          maxLength: 500,
          admin: { description: 'Web address (https://…) of the source; the lesson page links its title. Leave empty when unknown.' },
        },
      ],
    },
    shippedContentHashField,
    moduleOrganizationField,
    translationStatusField,
    ...languageReviewFields,
  ],
}
