import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAllDashboards } from '../../../src/lib/org/dashboardCache'
import { clearPublishedCache } from '../../../src/lib/site/publishedCache'

export const clearSiteCacheAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  clearPublishedCache()
  forgetAllDashboards()
  return doc
}

export const clearSiteCacheAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  clearPublishedCache()
  forgetAllDashboards()
  return doc
}
