import os from 'node:os'

import type { Row } from './measure'

import { describeGoal, judge } from './goals'

interface ReportInput {
  rows: Row[]
  connections: number
  duration: number
  warmup: number
  /** Extra lines under the machine line: data set, phase timings. */
  notes: string[]
}

export const BARE_ROW = 'bare Node http, fixed page'
export const MINIMAL_ROW = 'minimal lesson page (Express + pg + React)'

const ratio = (value: number, of: number | undefined) => {
  if (!of) return '—'
  const percent = (value / of) * 100
  // Slow pages are a small fraction of the bare ceiling; keep two digits so they stay comparable.
  return `${percent.toFixed(percent < 1 ? 2 : 1)}%`
}
const ms = (value: number) => (value < 100 ? value.toFixed(1) : String(Math.round(value)))
/** Below this many responses a p99 is a single sample at best; the report says so rather than hide it. */
const FEW_RESPONSES = 100

/** The results file: machine line first, then the table with ratios against the two baselines and each row's target, then the targets met and missed. */
export const renderReport = ({ rows, connections, duration, warmup, notes }: ReportInput): string => {
  const bare = rows.find((row) => row.name === BARE_ROW)?.rps
  const minimal = rows.find((row) => row.name === MINIMAL_ROW)?.rps
  const cpus = os.cpus()
  const judged = rows.filter((row) => row.goal).map((row) => ({ row, verdict: judge(row, row.goal!, minimal) }))
  const verdictOf = (row: Row) => judged.find((entry) => entry.row === row)?.verdict
  const missed = judged.filter(({ verdict }) => !verdict.met)
  return [
    `# PeerPath benchmark`,
    ``,
    `${new Date().toISOString()} · ${cpus.length} × ${cpus[0]?.model ?? 'CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${connections} connections × ${duration} s per row (after ${warmup} s of the same load, not counted) · loopback, production build, load generator on the same machine`,
    ``,
    ...notes.flatMap((note) => [note, '']),
    `| route | req/s | p50 ms | p95 ms | p99 ms | errors | vs bare Node | vs minimal page | target | met |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |`,
    ...rows.map((row) => {
      const latency = row.responses ? [ms(row.p50), ms(row.p95), ms(row.p99)] : ['—', '—', '—']
      const verdict = verdictOf(row)
      const vsMinimal = row.name === BARE_ROW ? '' : ratio(row.rps, minimal)
      const met = verdict ? (verdict.met ? 'met' : `**missed** (${verdict.shortfalls.join('; ')})`) : ''
      return `| ${row.name} | ${Math.round(row.rps)} | ${latency.join(' | ')} | ${row.errors} | ${ratio(row.rps, bare)} | ${vsMinimal} | ${row.goal ? describeGoal(row.goal) : ''} | ${met} |`
    }),
    ``,
    `Targets: ${judged.length - missed.length} of ${judged.length} met${missed.length ? `; missed: ${missed.map(({ row }) => row.name).join(' · ')}` : ''}. A target is met when the rate and the p95 hold and the row had no errors.`,
    ``,
    `Percentiles are nearest-rank over every response of the row (timeouts have no latency and count as errors). Errors are non-2xx answers, socket errors and timeouts.`,
    ...rows
      .filter((row) => row.responses < FEW_RESPONSES)
      .map((row) => `Only ${row.responses} responses for "${row.name}" within the run: its percentiles are rough; a longer --duration steadies them.`),
    ``,
  ].join('\n')
}
