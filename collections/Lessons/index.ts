import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { estimatedMinutesField, shippedContentHashField } from '../shared/contentFields'
import { curriculumSlugField } from '../shared/slug'
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
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { en: 'Title', es: 'Título' } },
    curriculumSlugField,
    {
      name: 'module',
      type: 'relationship',
      relationTo: 'modules',
      required: true,
      index: true,
      label: { en: 'Module', es: 'Módulo' },
      admin: {
        description: {
          en: 'The module this lesson belongs to; it is published to the same learners as the module.',
          es: 'El módulo al que pertenece esta lección; llega a los mismos participantes que el módulo.',
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
          en: 'Position within the module: lower numbers come first (1, 2, 3…).',
          es: 'Posición dentro del módulo: los números más bajos van primero (1, 2, 3…).',
        },
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { en: 'Summary', es: 'Resumen' },
      admin: {
        description: {
          en: 'One or two sentences shown in the module\'s list of lessons.',
          es: 'Una o dos frases que se muestran en la lista de lecciones del módulo.',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { en: 'Lesson text', es: 'Texto de la lección' },
      admin: {
        description: {
          en: 'Use headings, short paragraphs and lists; the + menu adds callouts, key terms and media.',
          es: 'Usa títulos, párrafos cortos y listas; el menú + añade recuadros, términos clave y medios.',
        },
      },
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
      label: { en: 'Minimum minutes', es: 'Minutos mínimos' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Least time on task (minutes) before a learner can mark this lesson complete, measured by the server while the lesson is open. Leave empty for half of the estimated minutes.',
          es: 'Tiempo mínimo (en minutos) con la lección abierta, medido por el servidor, antes de poder marcarla como completada. Déjalo vacío para usar la mitad de los minutos estimados.',
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
          en: 'The SAMHSA core competencies this lesson builds.',
          es: 'Las competencias básicas de SAMHSA que desarrolla esta lección.',
        },
      },
    },
    {
      name: 'sources',
      type: 'array',
      label: { en: 'Sources', es: 'Fuentes' },
      admin: {
        description: {
          en: 'Where the facts in this lesson come from; cite one in the text with its number in brackets, e.g. [1].',
          es: 'De dónde salen los datos de esta lección; cita una en el texto con su número entre corchetes, por ejemplo [1].',
        },
      },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 300, label: { en: 'Title', es: 'Título' } },
        { name: 'publisher', type: 'text', maxLength: 200, label: { en: 'Publisher', es: 'Editorial u organismo' } },
        {
          name: 'url',
          type: 'text',
          maxLength: 500,
          label: { en: 'Web address', es: 'Dirección web' },
          admin: {
            description: {
              en: 'Web address (https://…) of the source; the lesson page links its title. Leave empty when unknown.',
              es: 'Dirección web (https://…) de la fuente; la página de la lección enlaza su título. Déjalo vacío si no se conoce.',
            },
          },
        },
      ],
    },
    shippedContentHashField,
    moduleOrganizationField,
    translationStatusField,
    ...languageReviewFields,
  ],
}
