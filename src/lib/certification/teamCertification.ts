import type { Payload, Where } from 'payload'

import type { CertificationProgress } from '@/lib/credentials/readiness'
import type { RenewalStatus } from '@/lib/credentials/renewal'
import type { AppLocale } from '@/lib/locales'
import type { Credential, ExperienceLog, ExternalTraining, HeldCredential, SupervisionSession, User } from '@/payload-types'

import { certificationProgress } from '@/lib/credentials/readiness'
import { renewalStatus } from '@/lib/credentials/renewal'
import { rulesOf } from '@/lib/credentials/rules'
import { type CredentialStanding, credentialStanding, type SupervisionDue, supervisionDue } from '@/lib/credentials/standing'
import { relationId } from '@/lib/relationId'

/** One learner's standing with one credential, as the engine counts it. Plain data, so it can be cached. */
export interface TeamCredential {
  learnerId: number
  held: HeldCredential
  credential: Credential
  progress: CertificationProgress
  renewal: RenewalStatus | null
  standing: CredentialStanding
  supervisionDue: SupervisionDue
  /** External trainings for this credential that wait for review or were rejected, with the reason. */
  undecided: { title: string; hours: number; status: string; reason: string | null }[]
}

export interface TeamRecords {
  credentials: TeamCredential[]
  externalTrainings: ExternalTraining[]
  experience: ExperienceLog[]
  supervision: SupervisionSession[]
}

/** Who reads: a manager with their own access, or (for the organization's shared, cached view) the organization itself. */
export type TeamReader = { manager: User } | { organizationId: number }

const all = { limit: 5000, pagination: false, depth: 0 } as const

/**
 * Every certification record of an organization (or of one learner in it) in
 * seven batched reads whatever the team's size, counted by the engine per
 * learner and credential. `overdueAssignments` (from the dashboard) feeds the
 * "behind" standing. A manager reads with their own access
 * (overrideAccess: false); the organization-wide view is scoped by the
 * organization id the caller took from the signed-in manager.
 */
export const loadTeamCertification = async (
  payload: Payload,
  reader: TeamReader,
  locale: AppLocale,
  options: { learnerId?: number; overdueAssignments?: (learnerId: number) => number; today?: Date } = {},
): Promise<TeamRecords> => {
  const today = options.today ?? new Date()
  const as =
    'manager' in reader
      ? ({ overrideAccess: false, user: reader.manager, locale, fallbackLocale: 'en' } as const)
      : ({ overrideAccess: true, locale, fallbackLocale: 'en' } as const)
  const scope: Where[] = []
  if ('organizationId' in reader) scope.push({ organization: { equals: reader.organizationId } })
  if (options.learnerId !== undefined) scope.push({ learner: { equals: options.learnerId } })
  const where: Where = { and: scope }

  const [held, externals, experience, supervision] = await Promise.all([
    payload.find({ collection: 'held-credentials', ...as, ...all, where }),
    payload.find({ collection: 'external-trainings', ...as, ...all, where, sort: '-date' }),
    payload.find({ collection: 'experience-logs', ...as, ...all, where, sort: '-date' }),
    payload.find({ collection: 'supervision-sessions', ...as, ...all, where, sort: '-date' }),
  ])
  const credentialIds = [...new Set(held.docs.map((row) => relationId(row.credential)).filter((id): id is number => id !== null))]
  const learnerIds = [...new Set(held.docs.map((row) => relationId(row.learner)).filter((id): id is number => id !== null))]
  const [credentials, mappings, certificates] =
    credentialIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          payload.find({ collection: 'credentials', ...as, ...all, where: { id: { in: credentialIds } } }).then((found) => found.docs),
          payload.find({ collection: 'credit-mappings', ...as, ...all, where: { credential: { in: credentialIds } } }).then((found) => found.docs),
          payload.find({ collection: 'certificates', ...as, ...all, where: { user: { in: learnerIds } } }).then((found) => found.docs),
        ])
  const credentialById = new Map(credentials.map((credential) => [credential.id, credential]))
  const ofLearner = <T extends { learner: number | User }>(docs: T[], learnerId: number) => docs.filter((doc) => relationId(doc.learner) === learnerId)

  const rows = held.docs.flatMap((row): TeamCredential[] => {
    const credential = credentialById.get(relationId(row.credential) ?? -1)
    const learnerId = relationId(row.learner)
    if (!credential || learnerId === null) return []
    const rules = rulesOf(credential)
    const ownExternals = ofLearner(externals.docs, learnerId).filter((training) => relationId(training.credential) === credential.id)
    const inputs = {
      credits: mappings.filter((mapping) => relationId(mapping.credential) === credential.id).map((mapping) => ({ moduleId: relationId(mapping.module)!, domain: mapping.domain, hours: mapping.hours })),
      certificates: certificates
        .filter((certificate) => relationId(certificate.user) === learnerId)
        .map((certificate) => ({ moduleId: relationId(certificate.module)!, code: certificate.code, issuedAt: certificate.issuedAt, revoked: certificate.revoked })),
      externalTrainings: ownExternals.map((training) => ({ id: training.id, title: training.title, provider: training.provider, date: training.date, hours: training.hours, domain: training.domain, status: training.status })),
    }
    const records = {
      ...inputs,
      experience: ofLearner(experience.docs, learnerId).map((entry) => ({ date: entry.date, hours: entry.hours, paid: Boolean(entry.paid), withSimilarPeers: Boolean(entry.withSimilarPeers), status: entry.status })),
      supervision: ofLearner(supervision.docs, learnerId).map((entry) => ({ id: entry.id, date: entry.date, durationMinutes: entry.durationMinutes, acknowledged: Boolean(entry.acknowledged), corrects: relationId(entry.corrects) })),
    }
    // As on the learner's own page: the initial cadence until the credential is held.
    const progress = certificationProgress(rules, records, { phase: row.status === 'held' ? 'after' : 'initial', since: row.status === 'held' ? row.issuedAt : row.createdAt, today })
    const renewal = row.status === 'held' ? renewalStatus(rules, row, inputs, today) : null
    const standing = credentialStanding({ status: row.status, progress, renewal, overdueAssignments: options.overdueAssignments?.(learnerId) ?? 0 })
    const undecided = ownExternals
      .filter((training) => training.status !== 'approved')
      .map((training) => ({ title: training.title, hours: training.hours, status: training.status, reason: training.decisionReason ?? null }))
    return [{ learnerId, held: row, credential, progress, renewal, standing, supervisionDue: supervisionDue(progress.supervision), undecided }]
  })
  return { credentials: rows, externalTrainings: externals.docs, experience: experience.docs, supervision: supervision.docs }
}

/** What the dashboard and the CSV show per learner and credential: small, so the organization's copy caches well. */
export interface CredentialSummary {
  learnerId: number
  credentialId: number
  credentialName: string
  status: 'pursuing' | 'held'
  standing: CredentialStanding
  supervisionDue: SupervisionDue
  readyToApply: boolean
  training: { counted: number; required: number }
  experience: { approved: number; pending: number; required: number }
  supervision: { hours: number; required: number; gaps: number; awaitingAcknowledgement: number }
  renewal: { expiresOn: string; daysToExpiry: number; earned: number; required: number } | null
}

export const summarize = (row: TeamCredential): CredentialSummary => ({
  learnerId: row.learnerId,
  credentialId: row.credential.id,
  credentialName: row.credential.name,
  status: row.held.status,
  standing: row.standing,
  supervisionDue: row.supervisionDue,
  readyToApply: row.progress.readyToApply,
  training: { counted: row.progress.training.counted, required: row.progress.training.required },
  experience: { approved: row.progress.experience.approved, pending: row.progress.experience.pending, required: row.progress.experience.required },
  supervision: {
    hours: row.progress.supervision.acknowledgedHours,
    required: row.progress.supervision.required,
    gaps: row.progress.supervision.gaps.length,
    awaitingAcknowledgement: row.progress.supervision.awaitingAcknowledgement,
  },
  renewal: row.renewal ? { expiresOn: row.renewal.expiresOn, daysToExpiry: row.renewal.daysToExpiry, earned: row.renewal.earned, required: row.renewal.required } : null,
})

/**
 * The organization's standings for the dashboard and the CSV export, cached
 * per organization (see `src/cache/teamCertification.ts`); overdue assignments
 * come from the dashboard's own copy through `withOverdueAssignments`.
 */
export const loadTeamStandings = async (payload: Payload, organizationId: number, locale: AppLocale): Promise<CredentialSummary[]> =>
  (await loadTeamCertification(payload, { organizationId }, locale)).credentials.map(summarize)

/** A learner working toward a credential with an overdue module is behind, unless they are already ready to apply. */
export const withOverdueAssignments = (summaries: CredentialSummary[], overdueOf: (learnerId: number) => number): CredentialSummary[] =>
  summaries.map((summary) => (summary.standing === 'on-track' && summary.status === 'pursuing' && overdueOf(summary.learnerId) > 0 ? { ...summary, standing: 'behind' } : summary))

/** Each learner's credentials, for a column, a filter or an export. */
export const byLearner = (summaries: CredentialSummary[]) => {
  const map = new Map<number, CredentialSummary[]>()
  for (const summary of summaries) map.set(summary.learnerId, [...(map.get(summary.learnerId) ?? []), summary])
  return map
}

/** Learners due or overdue for supervision, the overdue ones first. */
export const supervisionDueList = (summaries: CredentialSummary[]) =>
  summaries.filter((summary) => summary.supervisionDue !== null).sort((a, b) => (a.supervisionDue === b.supervisionDue ? 0 : a.supervisionDue === 'overdue' ? -1 : 1))
