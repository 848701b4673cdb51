import type { CollectionConfig } from 'payload'

import type { CurriculumCollection } from '@/lib/language/documentText'

import { isContentEditor, readableCurriculum } from '@/access/roles'
import { contentVersions } from './contentFields'
import { refuseDeleteWithDependents } from './hooks/refuseDeleteWithDependents'
import { revalidateCurriculumAfterChange, revalidateCurriculumAfterDelete } from './hooks/revalidateCurriculum'
import { explainValidationErrors } from './hooks/explainValidationErrors'
import { checkLanguageOnSave } from './languageReview'
import { inheritModuleOrganization, shareModuleOrganization } from './moduleOrganization'
import { refuseTakenSlug } from './slug'

/**
 * What modules, lessons and quizzes have in common: drafts and versions,
 * trainers and admins edit, everyone else reads published documents that are
 * shared or private to their own organization, the
 * language check on save, slugs unique at every save, refusals that explain
 * themselves in the admin's toast, deletion refused while anything depends on the
 * document, and the site's cached reads dropped after any change.
 */
export const curriculumCollection = (
  slug: CurriculumCollection,
): Pick<CollectionConfig, 'versions' | 'hooks' | 'access'> => ({
  versions: contentVersions,
  hooks: {
    beforeChange:
      slug === 'modules'
        ? [refuseTakenSlug(slug), checkLanguageOnSave(slug)]
        : [inheritModuleOrganization, refuseTakenSlug(slug), checkLanguageOnSave(slug)],
    afterChange: slug === 'modules' ? [shareModuleOrganization, revalidateCurriculumAfterChange] : [revalidateCurriculumAfterChange],
    beforeDelete: [refuseDeleteWithDependents(slug)],
    afterDelete: [revalidateCurriculumAfterDelete],
    afterError: [explainValidationErrors],
  },
  access: {
    create: isContentEditor,
    read: readableCurriculum,
    readVersions: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
})
