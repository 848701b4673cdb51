import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { clearPublishedCache } from '../../../src/lib/site/publishedCache'

export const clearSiteCacheAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  clearPublishedCache()
  return doc
}

export const clearSiteCacheAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  clearPublishedCache()
  return doc
}
