import type { CertificationProgress } from './readiness'
import type { RenewalStatus } from './renewal'
import type { SupervisionProgress } from './supervision'

/**
 * Where a learner stands with one credential, for the manager's dashboard:
 * - `expiring`: a held credential within EXPIRING_DAYS of its last valid day, or already expired;
 * - `ready`: working toward it, and every requirement is met (ready to apply);
 * - `behind`: working toward it, and an assigned module is overdue or supervision is overdue for the cadence;
 * - `on-track`: anything else (working toward it with nothing overdue, or held and not near expiry).
 */
export const STANDINGS = ['ready', 'on-track', 'behind', 'expiring'] as const
export type CredentialStanding = (typeof STANDINGS)[number]

/** The first renewal reminder goes out 90 days ahead, so the dashboard flags from then on. */
export const EXPIRING_DAYS = 90

/**
 * Whether supervision is due for the cadence: `due` when the week or month
 * under way has no session yet, `overdue` when the whole period before it had
 * none either. Null when the credential sets no cadence or this period is covered.
 */
export type SupervisionDue = 'due' | 'overdue' | null

export const supervisionDue = (supervision: Pick<SupervisionProgress, 'cadence' | 'current' | 'gaps'>): SupervisionDue => {
  const { cadence, current, gaps } = supervision
  if (cadence === 'none' || !current || current.covered) return null
  return gaps.at(-1)?.end === current.start ? 'overdue' : 'due'
}

export const credentialStanding = (args: {
  status: 'pursuing' | 'held'
  progress: CertificationProgress
  renewal: RenewalStatus | null
  overdueAssignments: number
}): CredentialStanding => {
  if (args.status === 'held') return args.renewal && args.renewal.daysToExpiry <= EXPIRING_DAYS ? 'expiring' : 'on-track'
  if (args.progress.readyToApply) return 'ready'
  if (args.overdueAssignments > 0 || supervisionDue(args.progress.supervision) === 'overdue') return 'behind'
  return 'on-track'
}
