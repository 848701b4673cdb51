import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'

import { sqlFor } from '@/lib/db'
import { relationId } from './organizationOwned'

/**
 * A lesson's or quiz's copy of its module's organization. Kept on the row so
 * the read rule "shared or my organization's" needs no join on every lesson read.
 */
export const moduleOrganizationField: Field = {
  name: 'organization',
  type: 'relationship',
  relationTo: 'organizations',
  index: true,
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', description: "Follows the module's organization." },
}

/** Every save (a draft being published included) takes the module's current organization. */
export const inheritModuleOrganization: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const moduleId = relationId(data.module ?? originalDoc?.module)
  if (moduleId === null) return data
  const module = await req.payload.findByID({
    collection: 'modules',
    id: moduleId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { organization: true },
  })
  return { ...data, organization: relationId(module?.organization) }
}

/** When a module changes hands, its lessons and quizzes follow in the same transaction. */
export const shareModuleOrganization: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const organization = relationId(doc.organization)
  if (previousDoc && relationId(previousDoc.organization) === organization) return doc
  const sql = sqlFor(req)
  await sql('update lessons set organization_id = $1 where module_id = $2', [organization, doc.id])
  await sql('update quizzes set organization_id = $1 where module_id = $2', [organization, doc.id])
  return doc
}
