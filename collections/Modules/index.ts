import type { CollectionConfig } from 'payload'

import { estimatedMinutesField, shippedContentHashField, slugField } from '../shared/contentFields'
import { previewButton, publishWithTranslationCheck, translationStatusField } from '../shared/adminPreview'
import { curriculumCollection } from '../shared/curriculum'
import { languageReviewFields } from '../shared/languageReview'

export const TOOLKIT_AREAS = [
  { value: 'preparing-the-organization', label: 'Preparing the Organization' },
  { value: 'recruiting-and-hiring', label: 'Recruiting and Hiring Peer Staff' },
  { value: 'service-delivery', label: 'Effective Service Delivery' },
  { value: 'supervision-and-retention', label: 'Supporting, Supervising and Retaining Peer Staff' },
]

export const Modules: CollectionConfig = {
  slug: 'modules',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'area', 'order', '_status', 'updatedAt'],
    preview: previewButton('modules'),
    components: { edit: { PublishButton: publishWithTranslationCheck } },
  },
  defaultSort: 'order',
  ...curriculumCollection('modules'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField,
    { name: 'summary', type: 'textarea', localized: true, maxLength: 2000 },
    { name: 'order', type: 'number', required: true, defaultValue: 1, min: 0 },
    { name: 'area', type: 'select', required: true, options: TOOLKIT_AREAS, index: true },
    estimatedMinutesField,
    {
      name: 'validityMonths',
      type: 'number',
      min: 1,
      max: 120,
      label: { en: 'Certificate valid for (months)', es: 'Validez del certificado (meses)' },
      admin: {
        description: {
          en: 'Leave empty if the certificate never expires. When it expires, the module is assigned again so the learner can recertify.',
          es: 'Déjalo vacío si el certificado no vence. Cuando vence, el módulo se asigna de nuevo para que la persona pueda renovar su certificación.',
        },
      },
    },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    { name: 'competencies', type: 'relationship', relationTo: 'competencies', hasMany: true },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Leave empty for shared curriculum. Set it to make this module private to one organization.',
      },
    },
    shippedContentHashField,
    translationStatusField,
    ...languageReviewFields,
  ],
}
