import type { Access, CollectionConfig } from 'payload'

import { isContentEditor, isContentEditorUser, sharedOrOwnOrganization } from '@/access/roles'
import { slugField } from '../shared/contentFields'
import { revalidateCurriculumAfterChange, revalidateCurriculumAfterDelete } from '../shared/hooks/revalidateCurriculum'

/** Shared paths for everyone; an organization's own paths for its people only. */
const readablePaths: Access = ({ req }) => {
  if (!req.user) return false
  if (isContentEditorUser(req.user)) return true
  return sharedOrOwnOrganization(req.user)
}

/** An onboarding path: an ordered set of modules assigned together, e.g. all four toolkit modules. */
export const Paths: CollectionConfig = {
  slug: 'paths',
  labels: { singular: 'Onboarding path', plural: 'Onboarding paths' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'organization', 'updatedAt'] },
  access: { read: readablePaths, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  hooks: { afterChange: [revalidateCurriculumAfterChange], afterDelete: [revalidateCurriculumAfterDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField,
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'modules',
      type: 'relationship',
      relationTo: 'modules',
      hasMany: true,
      required: true,
      minRows: 1,
      admin: { description: 'In the order learners should take them.' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: { position: 'sidebar', description: 'Leave empty to offer the path to every organization.' },
    },
  ],
}
