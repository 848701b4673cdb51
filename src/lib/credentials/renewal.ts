import type { CredentialRules, DateLike, HeldCredentialRecord } from './types'

import { addDays, addMonths, daysBetween, isoDay, utcDay } from './dates'
import { roundHours, sumHours } from './hours'
import { creditSources, type DomainProgress, progressFor, type TrainingInputs } from './training'

export interface RenewalStatus {
  /** `end` is exclusive. */
  cycle: { start: string; end: string }
  categories: DomainProgress[]
  /** All continuing education in the cycle, whatever its category. */
  earned: number
  required: number
  remaining: number
  met: boolean
  /** The last day the credential is valid. */
  expiresOn: string
  /** 0 on the last valid day; negative once expired. */
  daysToExpiry: number
  expired: boolean
}

/**
 * The renewal cycle that holds `today`. Anniversary cycles run from the issue
 * date (or end on the recorded expiry); calendar-year cycles run from 1 January
 * of the issue year in steps of the cycle length. Once expired, the last cycle
 * is the one reported.
 */
export const currentCycle = (renewal: CredentialRules['renewal'], held: HeldCredentialRecord, today: DateLike): { start: Date; end: Date } => {
  const months = Math.max(1, renewal.cycleMonths)
  const day = utcDay(today)
  const issued = held.issuedAt ? utcDay(held.issuedAt) : day
  // `expiresAt` is the last day the credential is valid.
  const limit = held.expiresAt ? addDays(held.expiresAt, 1) : null
  if (limit && renewal.basis === 'anniversary') return { start: addMonths(limit, -months), end: limit }
  let start = renewal.basis === 'calendar-year' ? new Date(Date.UTC(issued.getUTCFullYear(), 0, 1)) : issued
  while (addMonths(start, months) <= day && (!limit || addMonths(start, months) < limit)) start = addMonths(start, months)
  return { start, end: addMonths(start, months) }
}

/**
 * Continuing education for a held credential: what counts in the current
 * cycle by category (hours earned before the cycle started never do), and how
 * long until it expires.
 */
export const renewalStatus = (rules: Pick<CredentialRules, 'renewal'>, held: HeldCredentialRecord, inputs: TrainingInputs, today: DateLike): RenewalStatus => {
  const { renewal } = rules
  const cycle = currentCycle(renewal, held, today)
  const keys = new Set(renewal.categories.map((category) => category.key))
  // An expired module certificate counts for nothing today (see provesModule).
  const all = creditSources({ ...inputs, asOf: inputs.asOf ?? today }, keys)
  const inCycle = new Map(
    [...all].map(([key, sources]) => [key, sources.filter((source) => utcDay(source.date) >= cycle.start && utcDay(source.date) < cycle.end)]),
  )
  const categories = progressFor(renewal.categories, inCycle)
  const earned = sumHours([...inCycle.values()].flat().map((source) => source.hours))
  const required = Math.max(renewal.ceHours, sumHours(renewal.categories.map((category) => category.hours)))
  const expiry = held.expiresAt ? utcDay(held.expiresAt) : addDays(cycle.end, -1)
  const daysToExpiry = daysBetween(today, expiry)
  return {
    cycle: { start: isoDay(cycle.start), end: isoDay(cycle.end) },
    categories,
    earned,
    required,
    remaining: roundHours(Math.max(0, required - earned)),
    met: earned >= required && categories.every((category) => category.met),
    expiresOn: isoDay(expiry),
    daysToExpiry,
    expired: daysToExpiry < 0,
  }
}
