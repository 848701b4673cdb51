/**
 * `npm run bench [-- --connections 50 --duration 20]`: one run, one machine,
 * loopback only. Measures a bare Node page, a hand-written minimal lesson page
 * and PeerPath's own routes, prints the table with ratios and writes it to
 * bench/results/latest.md.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { ensureBuild } from '../scripts/ensureBuild'
import { freePort } from '../src/db/freePort'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: { connections: { type: 'string', default: '50' }, duration: { type: 'string', default: '20' } },
})
const connections = Number(values.connections)
const duration = Number(values.duration)

const children: ChildProcess[] = []
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('exit', stopAll)

const waitFor = async (url: string, init?: RequestInit, timeoutMs = 180_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fetch(url, init).then((r) => r.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not come up`)
}

const forkReady = (script: string, args: string[]) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const child = fork(path.join(root, script), args, { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
    children.push(child)
    child.once('message', () => resolve(child))
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)))
  })

ensureBuild(root)
const dataDir = mkdtempSync(path.join(tmpdir(), 'peerpath-bench-'))
const port = await freePort()
const pgPort = await freePort()
const base = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    PEERPATH_DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'error',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
  },
})
children.push(server)
await waitFor(`${base}/healthz`)

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'learner@peerpath.example', password: 'peerpath-demo' }),
})
const { token } = (await login.json()) as { token: string }
const auth = { authorization: `JWT ${token}` }
const lessonSlug = 'what-is-peer-support'
const moduleSlug = 'preparing-the-organization'
const lessons = (await (await fetch(`${base}/api/lessons?where[slug][equals]=${lessonSlug}&depth=0`, { headers: auth })).json()) as {
  docs: { id: number }[]
}
const lessonId = lessons.docs[0].id
const lessonPath = `/modules/${moduleSlug}/lessons/${lessonSlug}`
const lessonHtml = await (await fetch(`${base}${lessonPath}`, { headers: auth })).text()
const pagePath = path.join(dataDir, 'lesson.html')
writeFileSync(pagePath, lessonHtml)

const barePort = await freePort()
await forkReady('bench/bareServer.ts', [pagePath, String(barePort)])
const minimalPort = await freePort()
await forkReady('bench/minimalLessonServer.tsx', [`postgres://postgres:peerpath@127.0.0.1:${pgPort}/peerpath`, String(minimalPort)])

interface Target {
  name: string
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

const targets: Target[] = [
  { name: 'bare Node http, fixed page', url: `http://127.0.0.1:${barePort}/` },
  { name: 'minimal lesson page (Express + pg + React)', url: `http://127.0.0.1:${minimalPort}/lesson/${lessonSlug}` },
  { name: 'PeerPath lesson page (signed in)', url: `${base}${lessonPath}`, headers: auth },
  { name: 'PeerPath My learning', url: `${base}/learn`, headers: auth },
  { name: 'PeerPath module page', url: `${base}/modules/${moduleSlug}`, headers: auth },
  {
    name: 'PeerPath progress write',
    url: `${base}/api/progress/track`,
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ lessonId, event: 'heartbeat', position: 50 }),
  },
  { name: 'PeerPath /healthz', url: `${base}/healthz` },
]

interface Row {
  name: string
  rps: number
  p50: number
  p90: number
  p975: number
  p99: number
  errors: number
}

const rows: Row[] = []
for (const target of targets) {
  const result = await autocannon({
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    connections,
    duration,
  })
  rows.push({
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  })
  console.log(`${target.name}: ${Math.round(result.requests.average)} req/s`)
}

const bare = rows[0].rps
const minimal = rows[1].rps
const ratio = (value: number, of: number) => (of > 0 ? `${((value / of) * 100).toFixed(1)}%` : '—')
const lines = [
  `# PeerPath benchmark`,
  ``,
  `${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${connections} connections × ${duration} s per row · loopback, production build, load generator on the same machine`,
  ``,
  `| target | req/s | p50 ms | p90 ms | p97.5 ms | p99 ms | errors | vs bare Node | vs minimal page |`,
  `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...rows.map(
    (row, index) =>
      `| ${row.name} | ${Math.round(row.rps)} | ${row.p50} | ${row.p90} | ${row.p975} | ${row.p99} | ${row.errors} | ${ratio(row.rps, bare)} | ${index === 2 ? ratio(row.rps, minimal) : ''} |`,
  ),
  ``,
  `autocannon reports p97.5 rather than p95. Not yet measured: quiz submit, the manager dashboard and a 100k-row REST list (they need the scale data set).`,
]
const table = lines.join('\n')
console.log(`\n${table}\n`)
writeFileSync(path.join(root, 'bench/results/latest.md'), `${table}\n`)

stopAll()
await new Promise((resolve) => setTimeout(resolve, 3000))
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
