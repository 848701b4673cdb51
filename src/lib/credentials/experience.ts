import type { CredentialRules, ExperienceCondition, ExperienceRecord } from './types'

import { roundHours, sumHours } from './hours'

export interface ExperienceProgress {
  required: number
  /** Approved hours only: what a manager has signed off. */
  approved: number
  pending: number
  remaining: number
  paid: number
  volunteer: number
  requirements: { condition: ExperienceCondition; required: number; approved: number; remaining: number; met: boolean }[]
  met: boolean
}

const matches = (entry: ExperienceRecord, condition: ExperienceCondition): boolean =>
  condition === 'with-similar-peers' ? entry.withSimilarPeers : condition === 'paid' ? entry.paid : !entry.paid

/** Paid or volunteer experience against the credential's hours and its sub-requirements. */
export const experienceProgress = (rules: Pick<CredentialRules, 'experience'>, entries: ExperienceRecord[]): ExperienceProgress => {
  const approved = entries.filter((entry) => entry.status === 'approved')
  const total = sumHours(approved.map((entry) => entry.hours))
  const requirements = rules.experience.requirements.map(({ condition, hours }) => {
    const earned = sumHours(approved.filter((entry) => matches(entry, condition)).map((entry) => entry.hours))
    return { condition, required: hours, approved: earned, remaining: roundHours(Math.max(0, hours - earned)), met: earned >= hours }
  })
  const required = rules.experience.hours
  return {
    required,
    approved: total,
    pending: sumHours(entries.filter((entry) => entry.status === 'pending').map((entry) => entry.hours)),
    remaining: roundHours(Math.max(0, required - total)),
    paid: sumHours(approved.filter((entry) => entry.paid).map((entry) => entry.hours)),
    volunteer: sumHours(approved.filter((entry) => !entry.paid).map((entry) => entry.hours)),
    requirements,
    met: total >= required && requirements.every((requirement) => requirement.met),
  }
}
