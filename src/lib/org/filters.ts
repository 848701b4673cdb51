import { z } from 'zod'

import type { LearnerRow } from './dashboard'

import { type CredentialStanding, STANDINGS } from '@/lib/credentials/standing'

export const STATUSES = ['not-started', 'in-progress', 'completed', 'overdue', 'unassigned'] as const
export const SORTS = ['name', 'cohort', 'progress', 'activity', 'due'] as const
export const PAGE_SIZE = 50

/** Dashboard filters as they arrive in a query string; unknown keys are ignored. */
export const DashboardQuery = z.object({
  cohort: z.union([z.literal('none'), z.coerce.number().int().positive()]).optional(),
  status: z.enum(STATUSES).optional(),
  /** Certification standing (see src/lib/credentials/standing.ts): learners with any credential in it. */
  standing: z.enum(STANDINGS).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(SORTS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})
export type DashboardFilters = z.infer<typeof DashboardQuery>

const blankToUndefined = (params: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'string' && value !== ''))

/** For pages: a bad value falls back to the default instead of failing the page. */
export const readFilters = (params: Record<string, string | string[] | undefined>): DashboardFilters => {
  const values = blankToUndefined(params)
  const parsed = DashboardQuery.safeParse(values)
  if (parsed.success) return parsed.data
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])))
  return DashboardQuery.parse(Object.fromEntries(Object.entries(values).filter(([key]) => !bad.has(key))))
}

/** Strict, for the export endpoints: a bad value is a 400. */
export const parseFilters = (params: URLSearchParams) => DashboardQuery.safeParse(blankToUndefined(Object.fromEntries(params)))

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()

const compareBy: Record<DashboardFilters['sort'], (a: LearnerRow, b: LearnerRow) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  cohort: (a, b) => (a.cohort?.name ?? '').localeCompare(b.cohort?.name ?? ''),
  progress: (a, b) => a.progressPercent - b.progressPercent,
  activity: (a, b) => (a.lastActivity ?? '').localeCompare(b.lastActivity ?? ''),
  due: (a, b) => (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999'),
}

/** `standingsOf` gives a learner's certification standings, one per credential; without it the standing filter is not applied. */
export const filterLearners = (rows: LearnerRow[], filters: DashboardFilters, standingsOf?: (learnerId: number) => CredentialStanding[]): LearnerRow[] => {
  const query = filters.q ? fold(filters.q) : null
  const matched = rows.filter(
    (row) =>
      (filters.cohort === undefined || (filters.cohort === 'none' ? row.cohort === null : row.cohort?.id === filters.cohort)) &&
      (filters.status === undefined || row.overall === filters.status) &&
      (filters.standing === undefined || !standingsOf || standingsOf(row.id).includes(filters.standing)) &&
      (query === null || fold(row.name).includes(query) || fold(row.email).includes(query)),
  )
  const direction = filters.dir === 'desc' ? -1 : 1
  return matched.sort((a, b) => direction * (compareBy[filters.sort](a, b) || a.name.localeCompare(b.name) || a.id - b.id))
}
