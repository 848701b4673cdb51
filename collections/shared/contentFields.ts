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
  admin: { position: 'sidebar' },
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
