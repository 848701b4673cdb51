import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetDashboard } from '../../../src/lib/org/dashboardCache'
import { relationId } from '../organizationOwned'

/** People, cohorts and assignments shape the manager dashboard: a change drops the organization's cached copy. */
export const forgetDashboardAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  forgetDashboard(relationId(doc.organization))
  forgetDashboard(relationId(previousDoc?.organization))
  return doc
}

export const forgetDashboardAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetDashboard(relationId(doc.organization))
  return doc
}
