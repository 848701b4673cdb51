/**
 * `npm run bench:soak [-- --minutes 10 --connections 50]`: a long mixed load on
 * the production server (lesson page, My learning, progress writes) while the
 * server's resident memory is sampled every 10 s. Passes when RSS stays under
 * 600 MB and grows less than 10 % over the second half of the run. Writes
 * bench/results/soak.md.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { ensureBuild } from '../scripts/ensureBuild'
import { serverHeapMb } from '../scripts/serverCommand'
import { startBenchServer } from './server'
import { signIn } from './scaleTargets'

const RSS_LIMIT_MB = 600
const GROWTH_LIMIT = 0.1
const SAMPLE_EVERY_MS = 10_000

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } })
const minutes = Number(values.minutes)
const connections = Number(values.connections)
if (!(minutes > 0) || !Number.isInteger(connections) || connections < 1) {
  console.error('bench:soak: --minutes and --connections must be positive numbers')
  process.exit(2)
}

/** Resident set size of a process in MB, from /proc (Linux). */
const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'))
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) / 1024
}

ensureBuild(root)
const server = await startBenchServer(root)
try {
  const token = await signIn(server.base, 'learner@peerpath.example', 'peerpath-demo')
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const lessons = (await (await fetch(`${server.base}/api/lessons?limit=5&depth=0&sort=id`, { headers })).json()) as { docs: { id: number }[] }
  const pid = server.process.pid!
  const samples: { at: number; mb: number }[] = [{ at: 0, mb: rssMb(pid) }]
  const started = Date.now()
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, mb: rssMb(pid) }), SAMPLE_EVERY_MS)

  const result = await autocannon({
    url: server.base,
    connections,
    duration: Math.round(minutes * 60),
    headers,
    requests: [
      { method: 'GET', path: '/modules/preparing-the-organization/lessons/what-is-peer-support' },
      { method: 'GET', path: '/learn' },
      ...lessons.docs.map((lesson) => ({ method: 'POST' as const, path: '/api/progress/track', body: JSON.stringify({ lessonId: lesson.id, event: 'heartbeat' }) })),
    ],
  })
  clearInterval(sampler)
  samples.push({ at: (Date.now() - started) / 1000, mb: rssMb(pid) })

  const half = (minutes * 60) / 2
  const midpoint = samples.reduce((best, sample) => (Math.abs(sample.at - half) < Math.abs(best.at - half) ? sample : best))
  const end = samples.at(-1)!
  const peak = Math.max(...samples.map((sample) => sample.mb))
  const growth = (end.mb - midpoint.mb) / midpoint.mb
  const verdict = (ok: boolean) => (ok ? 'met' : 'missed')
  const report = [
    `# PeerPath soak run`,
    '',
    `${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${connections} connections × ${minutes} min · lesson page, My learning and progress writes in turn · server old-space cap ${serverHeapMb()} MB`,
    '',
    `| measure | value | target |`,
    `| --- | ---: | --- |`,
    `| requests | ${result.requests.total} (${Math.round(result.requests.average)} req/s), ${result.non2xx + result.errors + result.timeouts} errors | |`,
    `| RSS after start | ${samples[0].mb.toFixed(0)} MB | |`,
    `| RSS at half time (${midpoint.at.toFixed(0)} s) | ${midpoint.mb.toFixed(0)} MB | |`,
    `| RSS at the end | ${end.mb.toFixed(0)} MB | < ${RSS_LIMIT_MB} MB: ${verdict(end.mb < RSS_LIMIT_MB)} |`,
    `| RSS peak | ${peak.toFixed(0)} MB | |`,
    `| growth over the second half | ${(growth * 100).toFixed(1)} % | < ${GROWTH_LIMIT * 100} %: ${verdict(growth < GROWTH_LIMIT)} |`,
    '',
    `Samples (s: MB): ${samples.map((sample) => `${sample.at.toFixed(0)}: ${sample.mb.toFixed(0)}`).join(', ')}`,
    '',
  ].join('\n')
  console.log(report)
  writeFileSync(path.join(root, 'bench/results/soak.md'), report)
} finally {
  await server.stop()
}
