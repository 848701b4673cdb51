/**
 * The targets the bench reports against, for this 2-core machine with 50
 * connections and the load generator on the same cores.
 * A page is held to a share of the minimal page's req/s in the same run (so
 * a slower or busier machine moves both), a write to a fixed rate.
 */
export type Goal =
  | { kind: 'page'; ofMinimal: number; p95Ms: number }
  | { kind: 'write'; rps: number; p95Ms: number }

/** Every learner page and /manage: at least half the minimal page's req/s, p95 under 200 ms. */
export const PAGE_GOAL: Goal = { kind: 'page', ofMinimal: 0.5, p95Ms: 200 }
/** Progress heartbeats: 300 a second, p95 under 150 ms. */
export const PROGRESS_WRITE_GOAL: Goal = { kind: 'write', rps: 300, p95Ms: 150 }
/** Quiz submits: 150 a second, p95 under 150 ms. */
export const QUIZ_SUBMIT_GOAL: Goal = { kind: 'write', rps: 150, p95Ms: 150 }

export const describeGoal = (goal: Goal) =>
  goal.kind === 'page' ? `≥ ${goal.ofMinimal * 100}% of minimal, p95 < ${goal.p95Ms} ms` : `≥ ${goal.rps} req/s, p95 < ${goal.p95Ms} ms`

export interface Verdict {
  met: boolean
  /** What fell short, empty when met. */
  shortfalls: string[]
}

/** Met when the rate, the p95 and "no errors" all hold (503s from load shedding would otherwise count as throughput). */
/** What a measured row has that a target is judged on (bench/measure.ts's Row). */
interface Measured {
  rps: number
  p95: number
  errors: number
  responses: number
}

export const judge = (row: Measured, goal: Goal, minimalRps: number | undefined): Verdict => {
  const shortfalls: string[] = []
  if (goal.kind === 'page') {
    const needed = (minimalRps ?? Number.POSITIVE_INFINITY) * goal.ofMinimal
    if (!(row.rps >= needed)) shortfalls.push(`req/s ${Math.round(row.rps)} < ${Number.isFinite(needed) ? Math.round(needed) : '?'}`)
  } else if (!(row.rps >= goal.rps)) shortfalls.push(`req/s ${Math.round(row.rps)} < ${goal.rps}`)
  if (!row.responses || !(row.p95 < goal.p95Ms)) shortfalls.push(`p95 ${row.responses ? Math.round(row.p95) : '—'} ms ≥ ${goal.p95Ms}`)
  if (row.errors > 0) shortfalls.push(`${row.errors} errors`)
  return { met: shortfalls.length === 0, shortfalls }
}
