import type { CollectionAdminOptions } from 'payload'

import type { CurriculumCollection } from '@/lib/language/documentText'

/**
 * The admin's Preview button for a module, lesson or quiz: /preview checks
 * that the user may edit curriculum, turns preview on for their browser and
 * opens the learner page with the latest draft, in the language being edited.
 */
export const previewButton =
  (collection: CurriculumCollection): NonNullable<CollectionAdminOptions['preview']> =>
  (doc, { locale }) =>
    doc?.id ? `/preview?collection=${collection}&id=${String(doc.id)}&locale=${encodeURIComponent(locale)}` : null

/** The sidebar's "what is missing in Spanish" and the confirmation before publishing with Spanish missing. */
export const translationStatusField = {
  name: 'translationStatus',
  type: 'ui' as const,
  admin: { position: 'sidebar' as const, components: { Field: '/components/admin/TranslationStatus#TranslationStatus' } },
}

export const publishWithTranslationCheck = '/components/admin/PublishWithTranslationCheck#PublishWithTranslationCheck'
