import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateAfterCommit } from '@/cache/invalidate'
import { organizationTag } from '@/cache/tags'
import { relationId } from '@/lib/relationId'

export const organizationTags = (...organizations: unknown[]) =>
  organizations.map((organization) => relationId(organization)).filter((id): id is number => id !== null).map(organizationTag)

/**
 * People, cohorts, assignments and certificates shape an organization's
 * dashboard: a change drops its cached copy on every instance after commit
 * (both organizations' when a record moves between them).
 */
export const revalidateOrganizationAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await invalidateAfterCommit(req, organizationTags(doc.organization, previousDoc?.organization))
  return doc
}

export const revalidateOrganizationAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidateAfterCommit(req, organizationTags(doc.organization))
  return doc
}
