import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'

import { byLearner, type CredentialSummary, loadTeamStandings, withOverdueAssignments } from '@/lib/certification/teamCertification'

import { cachedRead } from './cachedRead'
import { organizationTag } from './tags'

/**
 * One organization's certification standings, shared by its managers like the
 * dashboard: dropped by any write to its held credentials, external trainings,
 * experience or supervision (and certificates), and refreshed every 60 s
 * anyway, since "due this week" moves with the calendar.
 */
export const cachedTeamStandings = cachedRead(
  'team-certification',
  (payload: Payload, organizationId: number, locale: AppLocale) => loadTeamStandings(payload, organizationId, locale),
  { tags: (organizationId: number) => [organizationTag(organizationId)], revalidate: 60 },
)

/**
 * The cached standings of the dashboard's learners (deactivated people are
 * not on it), with its overdue assignments folded in ("behind"), by learner.
 */
export const dashboardCredentials = async (payload: Payload, organizationId: number, locale: AppLocale, learners: { id: number; overdueModules: number }[]) => {
  const overdue = new Map(learners.map((row) => [row.id, row.overdueModules]))
  const standings = withOverdueAssignments(await cachedTeamStandings(payload, organizationId, locale), (id) => overdue.get(id) ?? 0).filter((summary) => overdue.has(summary.learnerId))
  const grouped = byLearner(standings)
  return { standings, credentialsOf: (learnerId: number): CredentialSummary[] => grouped.get(learnerId) ?? [] }
}
