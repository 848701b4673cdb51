import type { CollectionConfig } from 'payload'

import { estimatedMinutesField, shippedContentHashField } from '../shared/contentFields'
import { curriculumSlugField } from '../shared/slug'
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
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { en: 'Title', es: 'Título' } },
    curriculumSlugField,
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: { en: 'Summary', es: 'Resumen' },
      admin: {
        description: {
          en: 'One or two sentences on the module\'s catalogue card and at the top of its page.',
          es: 'Una o dos frases para la tarjeta del módulo en el catálogo y el principio de su página.',
        },
      },
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 0,
      label: { en: 'Order', es: 'Orden' },
      admin: {
        description: {
          en: 'Position in the catalogue: lower numbers come first (1, 2, 3…). Modules with the same number are sorted by title.',
          es: 'Posición en el catálogo: los números más bajos van primero (1, 2, 3…). Los módulos con el mismo número se ordenan por título.',
        },
      },
    },
    {
      name: 'area',
      type: 'select',
      required: true,
      options: TOOLKIT_AREAS,
      index: true,
      label: { en: 'Area', es: 'Área' },
      admin: {
        description: {
          en: 'Which of the four parts of the DBHIDS Peer Support Toolkit this module belongs to; learners browse the catalogue by area.',
          es: 'A cuál de las cuatro partes del Peer Support Toolkit de DBHIDS pertenece este módulo; el catálogo se recorre por áreas.',
        },
      },
    },
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
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Cover image', es: 'Imagen de portada' },
      admin: {
        description: {
          en: 'Optional picture for the module card; give it alternative text in Media.',
          es: 'Imagen opcional para la tarjeta del módulo; ponle texto alternativo en Medios.',
        },
      },
    },
    {
      name: 'competencies',
      type: 'relationship',
      relationTo: 'competencies',
      hasMany: true,
      label: { en: 'Competencies', es: 'Competencias' },
      admin: {
        description: {
          en: 'The SAMHSA core competencies this module builds.',
          es: 'Las competencias básicas de SAMHSA que desarrolla este módulo.',
        },
      },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { en: 'Organization', es: 'Organización' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Leave empty for shared curriculum. Set it to make this module private to one organization.',
          es: 'Déjalo vacío para el currículo compartido. Elige una organización para que el módulo sea solo suyo.',
        },
      },
    },
    shippedContentHashField,
    translationStatusField,
    ...languageReviewFields,
  ],
}
