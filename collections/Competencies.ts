import type { CollectionConfig } from 'payload'

import { isContentEditor, isSignedIn } from '@/access/roles'
import { revalidateCurriculumAfterChange, revalidateCurriculumAfterDelete } from './shared/hooks/revalidateCurriculum'
import { refuseLanguageFindingsOnSave } from './shared/languageReview'

export const Competencies: CollectionConfig = {
  slug: 'competencies',
  admin: { useAsTitle: 'title', defaultColumns: ['code', 'title', 'order'] },
  defaultSort: 'order',
  access: {
    create: isContentEditor,
    read: isSignedIn,
    update: isContentEditor,
    delete: isContentEditor,
  },
  // Lessons show their competencies, and the dashboard counts them.
  hooks: {
    // Competency titles and descriptions are shown on every lesson, so they pass the person-first check too.
    beforeChange: [refuseLanguageFindingsOnSave('competencies')],
    afterChange: [revalidateCurriculumAfterChange],
    afterDelete: [revalidateCurriculumAfterDelete],
  },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, maxLength: 40 },
    { name: 'order', type: 'number', required: true, defaultValue: 0 },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
  ],
}
