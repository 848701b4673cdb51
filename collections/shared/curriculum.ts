import type { CollectionConfig } from 'payload'

import type { CurriculumCollection } from '../../src/lib/language/documentText'

import { isContentEditor, publishedOrEditor } from '../../src/access/roles'
import { contentVersions } from './contentFields'
import { clearSiteCacheAfterChange, clearSiteCacheAfterDelete } from './hooks/clearSiteCache'
import { checkLanguageOnSave } from './languageReview'

/**
 * What modules, lessons and quizzes have in common: drafts and versions,
 * trainers and admins edit, everyone else reads published documents only, the
 * language check on save, and the site's cache cleared after any change.
 */
export const curriculumCollection = (
  slug: CurriculumCollection,
): Pick<CollectionConfig, 'versions' | 'hooks' | 'access'> => ({
  versions: contentVersions,
  hooks: {
    beforeChange: [checkLanguageOnSave(slug)],
    afterChange: [clearSiteCacheAfterChange],
    afterDelete: [clearSiteCacheAfterDelete],
  },
  access: {
    create: isContentEditor,
    read: publishedOrEditor,
    readVersions: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
})
