import type { Payload } from 'payload'

import type { AppLocale } from '../locales'

import { memoryCache } from '../memoryCache'
import { dashboardPages } from '../site/renderedPages'
import { type Dashboard, loadDashboard } from './dashboard'

/**
 * A supervisor's dashboard may be a few seconds old, not a few queries per
 * visitor: one organization's dashboard is loaded once per TTL however many
 * managers look, and any write this process makes for that organization
 * (progress, attempts, people, cohorts, assignments) drops it at once. Other
 * instances catch up within the TTL.
 */
const DASHBOARD_TTL_MS = 15_000
const dashboards = memoryCache('dashboards', DASHBOARD_TTL_MS, 1_000)

export const cachedDashboard = (payload: Payload, organizationId: number, locale: AppLocale): Promise<Dashboard> =>
  dashboards.get(`${organizationId}:${locale}`, () => loadDashboard(payload, organizationId, locale))

export const forgetDashboard = (organizationId: number | null | undefined) => {
  if (organizationId == null) return
  dashboards.forget(`${organizationId}:`)
  dashboardPages.forget(`${organizationId}|`)
}

export const forgetAllDashboards = () => {
  dashboards.clear()
  dashboardPages.clear()
}
