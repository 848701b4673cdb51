import type { CollectionBeforeChangeHook, Field, FieldHook, Where } from 'payload'

import { ValidationError } from 'payload'

import type { CurriculumCollection } from '@/lib/language/documentText'

import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '@/lib/curriculum/slug'
import { inAdminLanguage } from './adminLanguage'

const KIND: Record<CurriculumCollection, { en: string; es: string }> = {
  modules: { en: 'module', es: 'el módulo' },
  lessons: { en: 'lesson', es: 'la lección' },
  quizzes: { en: 'quiz', es: 'el cuestionario' },
}

/**
 * Whatever a trainer types becomes a slug ("Preparing The Organization" → "preparing-the-organization"),
 * and an empty slug is made from the title, on drafts too (Payload validates fields only at publish).
 */
const formatSlug: FieldHook = ({ value, data, operation, originalDoc }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  // An update that does not send the slug keeps the one it has.
  if (value === undefined && operation !== 'create') return value
  const title = data?.title ?? originalDoc?.title
  return typeof title === 'string' && title.trim() ? slugify(title) : value
}

/**
 * The slug of a module, lesson or quiz: filled from the title while the trainer has not edited it and
 * the document was never published (the admin's slug field, src/components/admin/SlugField.tsx), kept
 * in slug form on every save, and unique (checked at draft save by `refuseTakenSlug`).
 */
export const curriculumSlugField: Field = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength: SLUG_MAX_LENGTH,
  label: { en: 'Slug (web address)', es: 'Slug (dirección web)' },
  admin: {
    position: 'sidebar',
    description: {
      en: 'The last part of the page address, made from the title (lowercase, hyphens, no accents). It follows the title until you edit it or the document is published; after that it stays, so links keep working.',
      es: 'La última parte de la dirección de la página, hecha a partir del título (minúsculas, guiones, sin tildes). Sigue al título hasta que la edites o se publique el documento; después se queda igual, para que los enlaces sigan funcionando.',
    },
    components: { Field: '/components/admin/SlugField#SlugField' },
  },
  hooks: { beforeValidate: [formatSlug] },
  validate: (value: string | null | undefined) =>
    (typeof value === 'string' && SLUG_PATTERN.test(value)) || 'Use lowercase letters, digits and single hyphens.',
}

/**
 * Refuses a slug another document of the collection already uses, as its latest draft or as its
 * published version, at every save: the database's unique index sees only the published table, so a
 * duplicate used to pass as a draft and fail at publish with a bare "invalid: slug".
 */
export const refuseTakenSlug =
  (collection: CurriculumCollection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const slug = typeof data.slug === 'string' ? data.slug : originalDoc?.slug
    if (typeof slug !== 'string' || !slug) return data
    const where: Where = originalDoc?.id
      ? { and: [{ slug: { equals: slug } }, { id: { not_equals: originalDoc.id } }] }
      : { slug: { equals: slug } }
    for (const draft of [true, false]) {
      const { docs } = await req.payload.find({ collection, where, draft, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
      const taken = docs[0] as { title?: unknown } | undefined
      if (!taken) continue
      const title = typeof taken.title === 'string' ? taken.title : ''
      const kind = KIND[collection]
      throw new ValidationError({
        collection,
        errors: [
          {
            path: 'slug',
            message: inAdminLanguage(req, {
              en: `The slug “${slug}” is already used by the ${kind.en} “${title}”. Choose another slug.`,
              es: `El slug “${slug}” ya lo usa ${kind.es} “${title}”. Elige otro.`,
            }),
          },
        ],
      })
    }
    return data
  }
