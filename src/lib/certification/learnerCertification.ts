import type { Payload } from 'payload'

import type { CertificationProgress } from '@/lib/credentials/readiness'
import type { RenewalStatus } from '@/lib/credentials/renewal'
import type { AppLocale } from '@/lib/locales'
import type { Credential, HeldCredential, User } from '@/payload-types'

import { certificationProgress } from '@/lib/credentials/readiness'
import { renewalStatus } from '@/lib/credentials/renewal'
import { rulesOf } from '@/lib/credentials/rules'
import { relationId } from '@/lib/relationId'

export interface LearnerCredential {
  held: HeldCredential
  credential: Credential
  progress: CertificationProgress
  renewal: RenewalStatus | null
  /** External trainings for this credential that are waiting or were rejected, with the reason. */
  undecided: { title: string; hours: number; status: string; reason: string | null }[]
}

const all = { limit: 1000, pagination: false, depth: 0 } as const

/**
 * Everything "My certification" shows, read as the learner
 * (overrideAccess: false) and counted by the engine. Never cached: it is one
 * person's own record. `learnerId` lets a reader other than the learner (their
 * manager) load it: access control still decides what `user` may read.
 */
export const loadLearnerCertification = async (payload: Payload, user: User, locale: AppLocale, today = new Date(), learnerId: number = user.id): Promise<LearnerCredential[]> => {
  const as = { overrideAccess: false, user, locale, fallbackLocale: 'en' as const }
  const mine = { learner: { equals: learnerId } }
  const held = (await payload.find({ collection: 'held-credentials', ...as, ...all, depth: 1, where: mine })).docs
  if (held.length === 0) return []
  const credentialIds = held.map((row) => relationId(row.credential)).filter((id): id is number => id !== null)
  const [mappings, certificates, externals, experience, supervision] = await Promise.all([
    payload.find({ collection: 'credit-mappings', ...as, ...all, where: { credential: { in: credentialIds } } }),
    payload.find({ collection: 'certificates', ...as, ...all, where: { user: { equals: learnerId } } }),
    payload.find({ collection: 'external-trainings', ...as, ...all, where: mine }),
    payload.find({ collection: 'experience-logs', ...as, ...all, where: mine }),
    payload.find({ collection: 'supervision-sessions', ...as, ...all, where: mine }),
  ])
  const certificateRecords = certificates.docs.map((certificate) => ({
    moduleId: relationId(certificate.module)!,
    code: certificate.code,
    issuedAt: certificate.issuedAt,
    revoked: certificate.revoked,
  }))
  const experienceRecords = experience.docs.map((entry) => ({ date: entry.date, hours: entry.hours, paid: Boolean(entry.paid), withSimilarPeers: Boolean(entry.withSimilarPeers), status: entry.status }))
  const supervisionRecords = supervision.docs.map((entry) => ({
    id: entry.id,
    date: entry.date,
    durationMinutes: entry.durationMinutes,
    acknowledged: Boolean(entry.acknowledged),
    corrects: relationId(entry.corrects),
  }))

  return held
    .filter((row): row is HeldCredential & { credential: Credential } => typeof row.credential === 'object' && row.credential !== null)
    .map((row) => {
      const credential = row.credential
      const rules = rulesOf(credential)
      const ownExternals = externals.docs.filter((training) => relationId(training.credential) === credential.id)
      const inputs = {
        credits: mappings.docs.filter((mapping) => relationId(mapping.credential) === credential.id).map((mapping) => ({ moduleId: relationId(mapping.module)!, domain: mapping.domain, hours: mapping.hours })),
        certificates: certificateRecords,
        externalTrainings: ownExternals.map((training) => ({ id: training.id, title: training.title, provider: training.provider, date: training.date, hours: training.hours, domain: training.domain, status: training.status })),
      }
      const progress = certificationProgress(
        rules,
        { ...inputs, experience: experienceRecords, supervision: supervisionRecords },
        // Supervision follows the initial cadence until the credential is held.
        { phase: row.status === 'held' ? 'after' : 'initial', since: row.status === 'held' ? row.issuedAt : row.createdAt, today },
      )
      const renewal = row.status === 'held' ? renewalStatus(rules, row, inputs, today) : null
      const undecided = ownExternals
        .filter((training) => training.status !== 'approved')
        .map((training) => ({ title: training.title, hours: training.hours, status: training.status, reason: training.decisionReason ?? null }))
      return { held: row, credential, progress, renewal, undecided }
    })
}
