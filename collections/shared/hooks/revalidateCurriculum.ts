import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateAfterCommit } from '@/cache/invalidate'
import { CURRICULUM_TAG } from '@/cache/tags'

/**
 * Any change to curriculum (a draft save included: it may change what an
 * editor previews) drops the published reads on every instance, once the
 * save's transaction has committed.
 */
export const revalidateCurriculumAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidateAfterCommit(req, [CURRICULUM_TAG])
  return doc
}

export const revalidateCurriculumAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidateAfterCommit(req, [CURRICULUM_TAG])
  return doc
}
