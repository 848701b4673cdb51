import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload'

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

/**
 * The organization a module is published with: its main row. Payload writes a
 * draft save to the versions table only and leaves the main row as published,
 * so this never sees an organization that is still a draft.
 */
const publishedModuleOrganization = async (req: PayloadRequest, moduleId: number): Promise<number | null> => {
  const rows = await sqlFor(req)<{ organization_id: number | null }[]>('select organization_id from modules where id = $1', [moduleId])
  return rows[0]?.organization_id ?? null
}

/**
 * Every save of a lesson or quiz (a draft being published included) takes its
 * module's published organization, never one the module has only as a draft.
 */
export const inheritModuleOrganization: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const moduleId = relationId(data.module ?? originalDoc?.module)
  if (moduleId === null) return data
  return { ...data, organization: await publishedModuleOrganization(req, moduleId) }
}

/**
 * When a module's published organization changes, its lessons and quizzes
 * follow in the same transaction. They follow the module's main row, not the
 * saved document: a draft save leaves the main row (and so what learners can
 * read) as it was, and publishing that draft later applies it. Comparing with
 * `previousDoc` would not do, since that is the latest draft, which may
 * already carry the organization being published.
 */
export const shareModuleOrganization: CollectionAfterChangeHook = async ({ doc, req }) => {
  const sql = sqlFor(req)
  for (const table of ['lessons', 'quizzes'] as const) {
    await sql(
      `update ${table} child set organization_id = module.organization_id
         from modules module
        where module.id = $1 and child.module_id = module.id
          and child.organization_id is distinct from module.organization_id`,
      [doc.id],
    )
  }
  return doc
}
