import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { assertReferencesInOrganization, relationId } from '../../shared/organizationOwned'

const exactlyOne = (a: unknown, b: unknown) => (a == null) !== (b == null)

/**
 * An assignment goes to one learner or one cohort, covers one module or one
 * path, and everything it points at belongs to its organization (curriculum
 * may also be shared).
 */
export const validateAssignment: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const errors: { path: string; message: string }[] = []
  if (!exactlyOne(merged.learner, merged.cohort)) errors.push({ path: 'learner', message: 'Assign to one learner or one cohort.' })
  if (!exactlyOne(merged.module, merged.path)) errors.push({ path: 'module', message: 'Assign one module or one onboarding path.' })
  if (errors.length) throw new ValidationError({ errors })

  const organization = relationId(merged.organization)
  if (organization === null) throw new ValidationError({ errors: [{ path: 'organization', message: 'Organization is required.' }] })
  await assertReferencesInOrganization(req, organization, merged, [
    { field: 'learner', collection: 'users' },
    { field: 'cohort', collection: 'cohorts' },
    { field: 'module', collection: 'modules', shared: true },
    { field: 'path', collection: 'paths', shared: true },
  ])
  if (operation === 'create' && req.user) data.assignedBy = req.user.id
  return data
}
