import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { learnerOrTheirManager, memberOfAnOrganization } from '@/access/learnerRecords'
import { hiddenFromTrainers } from '@/access/adminVisibility'
import { nobody } from '@/access/roles'
import { checkClientFile, checkFetchedFile } from '../Media'
import { assignLearner, learnerField, learnerOrganizationField } from '../shared/learnerRecord'

/**
 * Certificates of training taken elsewhere, uploaded by the learner. Kept apart
 * from `media` (which every signed-in user may read): only the learner and
 * their organization's managers may open one. The same byte checks as media.
 */
export const TrainingCertificates: CollectionConfig = {
  slug: 'training-certificates',
  admin: { hidden: hiddenFromTrainers, group: 'Certification', defaultColumns: ['filename', 'learner', 'createdAt'] },
  access: { read: learnerOrTheirManager, create: memberOfAnOrganization, update: nobody, delete: learnerOrTheirManager },
  hooks: { beforeOperation: [checkClientFile], beforeValidate: [checkFetchedFile, assignLearner()] },
  upload: {
    staticDir: path.join(process.env.MEDIA_DIR || 'media', 'training-certificates'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    filesRequiredOnCreate: true,
  },
  fields: [learnerField, learnerOrganizationField],
}
