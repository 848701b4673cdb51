import os from 'node:os'

import type { Row } from './measure'

interface ReportInput {
  rows: Row[]
  connections: number
  duration: number
  warmup: number
  /** Extra lines under the machine line: data set, phase timings. */
  notes: string[]
}

const ratio = (value: number, of: number | undefined) => {
  if (!of) return '—'
  const percent = (value / of) * 100
  // Slow pages are a small fraction of the bare ceiling; keep two digits so they stay comparable.
  return `${percent.toFixed(percent < 1 ? 2 : 1)}%`
}
const ms = (value: number) => (value < 100 ? value.toFixed(1) : String(Math.round(value)))
/** Below this many responses a p99 is a single sample at best; the report says so rather than hide it. */
const FEW_RESPONSES = 100

/** The results file: machine line first, then the table, ratios against the two baselines. */
export const renderReport = ({ rows, connections, duration, warmup, notes }: ReportInput): string => {
  const bare = rows.find((row) => row.name.startsWith('bare Node'))?.rps
  const minimal = rows.find((row) => row.name.startsWith('minimal lesson page'))?.rps
  const cpus = os.cpus()
  return [
    `# PeerPath benchmark`,
    ``,
    `${new Date().toISOString()} · ${cpus.length} × ${cpus[0]?.model ?? 'CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${connections} connections × ${duration} s per row (after ${warmup} s of the same load, not counted) · loopback, production build, load generator on the same machine`,
    ``,
    ...notes.flatMap((note) => [note, '']),
    `| target | req/s | p50 ms | p95 ms | p99 ms | errors | vs bare Node | vs minimal page |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...rows.map((row) => {
      const latency = row.responses ? [ms(row.p50), ms(row.p95), ms(row.p99)] : ['—', '—', '—']
      return `| ${row.name} | ${Math.round(row.rps)} | ${latency.join(' | ')} | ${row.errors} | ${ratio(row.rps, bare)} | ${row.comparesToMinimal ? ratio(row.rps, minimal) : ''} |`
    }),
    ``,
    `Percentiles are nearest-rank over every response of the row (timeouts have no latency and count as errors). Errors are non-2xx answers, socket errors and timeouts.`,
    ...rows
      .filter((row) => row.responses < FEW_RESPONSES)
      .map((row) => `Only ${row.responses} responses for "${row.name}" within the run: its percentiles are rough; a longer --duration steadies them.`),
    ``,
  ].join('\n')
}
