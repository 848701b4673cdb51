import type { Cadence, CredentialRules, DateLike, SupervisionRecord } from './types'

import { addDays, addMonths, isoDay, monthStart, utcDay, weekStart, within } from './dates'
import { roundHours, sumHours } from './hours'

export interface Period {
  start: string
  /** Exclusive. */
  end: string
}

export interface SupervisionProgress {
  required: number
  /** Hours of acknowledged entries that stand (not replaced by an acknowledged correction). */
  acknowledgedHours: number
  /** Entries still waiting for the learner's acknowledgement. */
  awaitingAcknowledgement: number
  remaining: number
  met: boolean
  cadence: Cadence
  /** Whole periods since `since` with no supervision recorded. */
  gaps: Period[]
  /** The period under way, and whether supervision is recorded in it yet. */
  current: (Period & { covered: boolean }) | null
  /** Entries that count, after corrections. */
  standing: SupervisionRecord[]
}

/**
 * Acknowledged entries are immutable, so a mistake is fixed by a new entry
 * that `corrects` the old one. Once the correction is acknowledged it stands
 * in the original's place (a correction of a correction likewise); until
 * then the original still counts.
 */
export const standingEntries = (entries: SupervisionRecord[]): SupervisionRecord[] => {
  const replaced = new Set(entries.filter((entry) => entry.corrects != null && entry.acknowledged).map((entry) => entry.corrects))
  return entries.filter((entry) => !replaced.has(entry.id) && (entry.corrects == null || entry.acknowledged))
}

const periodStart = (cadence: Exclude<Cadence, 'none'>, day: DateLike): Date => (cadence === 'weekly' ? weekStart(day) : monthStart(day))
const nextPeriod = (cadence: Exclude<Cadence, 'none'>, start: Date): Date => (cadence === 'weekly' ? addDays(start, 7) : addMonths(start, 1))

/** Every whole period (week or month) from the one holding `since` up to today's, and today's own. */
export const cadenceGaps = (cadence: Cadence, entries: SupervisionRecord[], since: DateLike, today: DateLike) => {
  if (cadence === 'none') return { gaps: [], current: null }
  const gaps: Period[] = []
  const currentStart = periodStart(cadence, today)
  const covered = (start: Date, end: Date) => entries.some((entry) => within(entry.date, start, end))
  for (let start = periodStart(cadence, since); start < currentStart; start = nextPeriod(cadence, start)) {
    const end = nextPeriod(cadence, start)
    if (!covered(start, end)) gaps.push({ start: isoDay(start), end: isoDay(end) })
  }
  const currentEnd = nextPeriod(cadence, currentStart)
  return { gaps, current: { start: isoDay(currentStart), end: isoDay(currentEnd), covered: covered(currentStart, currentEnd) } }
}

export interface SupervisionContext {
  /** Initial certification (weekly in Texas) or after it (monthly). */
  phase: 'initial' | 'after'
  /** When supervision became due: hire date, or the first session. */
  since?: DateLike | null
  today: DateLike
}

export const supervisionProgress = (
  rules: Pick<CredentialRules, 'supervision'>,
  entries: SupervisionRecord[],
  { phase, since, today }: SupervisionContext,
): SupervisionProgress => {
  const standing = standingEntries(entries)
  const acknowledgedHours = sumHours(standing.filter((entry) => entry.acknowledged).map((entry) => entry.durationMinutes / 60))
  const cadence = phase === 'initial' ? rules.supervision.cadenceInitial : rules.supervision.cadenceAfter
  const first = standing.map((entry) => utcDay(entry.date)).sort((a, b) => a.getTime() - b.getTime())[0]
  const start = since ?? first ?? null
  const { gaps, current } = start ? cadenceGaps(cadence, standing, start, today) : { gaps: [], current: null }
  const required = rules.supervision.hours
  return {
    required,
    acknowledgedHours,
    awaitingAcknowledgement: entries.filter((entry) => !entry.acknowledged && !standing.some((kept) => kept.corrects === entry.id)).length,
    remaining: roundHours(Math.max(0, required - acknowledgedHours)),
    met: acknowledgedHours >= required,
    cadence,
    gaps,
    current,
    standing,
  }
}
