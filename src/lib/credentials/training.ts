import type { CertificateRecord, CredentialRules, DateLike, ExternalTrainingRecord, HoursByKey, ModuleCredit } from './types'

import { isoDay } from './dates'
import { roundHours, sumHours } from './hours'

/** Where credited hours came from: a module proven by its certificate code, or an approved external training. */
export type CreditSource =
  | { kind: 'module'; moduleId: number; certificateCode: string; date: string; hours: number }
  | { kind: 'external'; externalTrainingId: number; title: string; provider: string | null; date: string; hours: number }

export interface DomainProgress {
  key: string
  required: number
  /** Everything credited to the domain, even beyond what it asks for. */
  earned: number
  /** What counts toward the requirement: an over-filled domain never makes up for a short one. */
  counted: number
  remaining: number
  met: boolean
  sources: CreditSource[]
}

export interface TrainingProgress {
  domains: DomainProgress[]
  required: number
  counted: number
  remaining: number
  met: boolean
}

export interface TrainingInputs {
  credits: ModuleCredit[]
  certificates: CertificateRecord[]
  externalTrainings: ExternalTrainingRecord[]
  /** The instant certificates are checked at for expiry (today); without it, expiry is not checked. */
  asOf?: DateLike
}

/**
 * Whether a certificate still proves its module at `asOf`. The call: a module
 * certificate that has expired proves nothing any more, so its mapped hours
 * drop out of training by domain and of continuing education alike, until
 * the learner recertifies and holds a new certificate. Revoked never counts.
 */
export const provesModule = (certificate: CertificateRecord, asOf?: DateLike): boolean =>
  !certificate.revoked && Boolean(certificate.code) && (certificate.expiresAt == null || asOf === undefined || new Date(certificate.expiresAt).getTime() > new Date(asOf).getTime())

/**
 * Every credit source for the given domain keys: mapped modules the learner
 * holds a valid certificate for, and external trainings a manager approved.
 * Pending and rejected external records never count; nor do modules completed
 * without a certificate, or with a revoked one, or one expired at `asOf`.
 */
export const creditSources = ({ credits, certificates, externalTrainings, asOf }: TrainingInputs, keys: Set<string>) => {
  const byDomain = new Map<string, CreditSource[]>()
  const add = (domain: string, source: CreditSource) => {
    if (!keys.has(domain) || source.hours <= 0) return
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), source])
  }
  for (const credit of credits) {
    // After a recertification the learner may hold several: the newest one that still proves the module.
    const certificate = certificates
      .filter((held) => held.moduleId === credit.moduleId && provesModule(held, asOf))
      .sort((a, b) => new Date(b.issuedAt).getTime() - new Date(a.issuedAt).getTime())[0]
    if (!certificate) continue
    add(credit.domain, { kind: 'module', moduleId: credit.moduleId, certificateCode: certificate.code, date: isoDay(certificate.issuedAt), hours: credit.hours })
  }
  for (const training of externalTrainings) {
    if (training.status !== 'approved') continue
    add(training.domain, {
      kind: 'external',
      externalTrainingId: training.id,
      title: training.title,
      provider: training.provider ?? null,
      date: isoDay(training.date),
      hours: training.hours,
    })
  }
  return byDomain
}

export const progressFor = (requirements: HoursByKey[], byDomain: Map<string, CreditSource[]>): DomainProgress[] =>
  requirements.map(({ key, hours: required }) => {
    const sources = byDomain.get(key) ?? []
    const earned = sumHours(sources.map((source) => source.hours))
    const counted = Math.min(earned, required)
    return { key, required, earned, counted, remaining: roundHours(required - counted), met: earned >= required, sources }
  })

/** Training hours by domain, earned against required. */
export const trainingProgress = (rules: Pick<CredentialRules, 'domains'>, inputs: TrainingInputs): TrainingProgress => {
  const domains = progressFor(rules.domains, creditSources(inputs, new Set(rules.domains.map((domain) => domain.key))))
  const required = sumHours(domains.map((domain) => domain.required))
  const counted = sumHours(domains.map((domain) => domain.counted))
  return { domains, required, counted, remaining: roundHours(required - counted), met: domains.every((domain) => domain.met) }
}
