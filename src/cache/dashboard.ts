import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'

import { loadDashboard } from '@/lib/org/dashboard'

import { cachedRead } from './cachedRead'
import { CURRICULUM_TAG, organizationTag } from './tags'

/**
 * One organization's dashboard, shared by its managers: loaded at most once
 * per 15 s however many look, and dropped on every instance by any write that
 * changes what it shows (people, cohorts, assignments, first views,
 * completions, attempts, certificates: see the hooks that send its tag).
 */
export const cachedDashboard = cachedRead(
  'dashboard',
  (payload: Payload, organizationId: number, locale: AppLocale) => loadDashboard(payload, organizationId, locale),
  { tags: (organizationId: number) => [organizationTag(organizationId), CURRICULUM_TAG], revalidate: 15 },
)
