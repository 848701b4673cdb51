import type { CertificateRecord, CredentialRules, ExternalTrainingRecord, HoursByKey, ModuleCredit } from './types'

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
}

/**
 * Every credit source for the given domain keys: mapped modules the learner
 * holds a valid certificate for, and external trainings a manager approved.
 * Pending and rejected external records never count; nor do modules completed
 * without a certificate, or with a revoked one.
 */
export const creditSources = ({ credits, certificates, externalTrainings }: TrainingInputs, keys: Set<string>) => {
  const byDomain = new Map<string, CreditSource[]>()
  const add = (domain: string, source: CreditSource) => {
    if (!keys.has(domain) || source.hours <= 0) return
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), source])
  }
  for (const credit of credits) {
    const certificate = certificates.find((held) => held.moduleId === credit.moduleId && !held.revoked && held.code)
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
