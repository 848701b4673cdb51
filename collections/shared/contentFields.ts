import type { CollectionConfig, Field } from 'payload'

import { isContentEditorField } from '@/access/roles'

export const contentVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}

export const slugField: Field = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength: 120,
  admin: { position: 'sidebar' },
  validate: (value: string | null | undefined) =>
    (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) ||
    'Use lowercase letters, digits and single hyphens.',
}

export const estimatedMinutesField: Field = {
  name: 'estimatedMinutes',
  type: 'number',
  min: 1,
  max: 600,
  defaultValue: 15,
  label: { en: 'Estimated minutes', es: 'Minutos estimados' },
  admin: {
    position: 'sidebar',
    description: {
      en: 'About how long a learner needs (1–600 minutes); shown to learners. A lesson\'s minimum time defaults to half of it.',
      es: 'Tiempo aproximado que se necesita (1–600 minutos); se muestra a los participantes. El tiempo mínimo de una lección es, por defecto, la mitad.',
    },
  },
}

/**
 * Fingerprint of the shipped curriculum item this document was seeded from;
 * re-seeding skips documents whose fingerprint is unchanged.
 */
export const shippedContentHashField: Field = {
  name: 'shippedContentHash',
  type: 'text',
  admin: { hidden: true },
  access: { read: isContentEditorField },
}
