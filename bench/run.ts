/**
 * `npm run bench [-- --connections 50 --duration 20 --warmup 3 --scale-orgs 5 --scale-learners 1200 --out FILE]`:
 * one run, one machine, loopback only. Starts the production server on a
 * throwaway embedded database, loads the scale data set into it (seed:scale),
 * then measures a bare Node page, a hand-written minimal lesson page and
 * PeerPath's own routes (every learner page, /manage, writes), then a second
 * instance on the same database and both behind nginx; prints the table with
 * ratios and targets (bench/goals.ts) and writes it to FILE
 * (bench/results/latest.md by default).
 */
import { type ChildProcess, fork } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { ensureBuild } from '../scripts/ensureBuild'
import { serverHeapMb } from '../scripts/serverCommand'
import { freePort } from '@/db/freePort'
import { PROGRESS_WRITE_GOAL } from './goals'
import { measure, type Row, type Target } from './measure'
import { LESSON_PATH, LESSON_SLUG, learnerPages, pageTargets } from './pageTargets'
import { type Proxy, startProxy } from './proxy'
import { BARE_ROW, MINIMAL_ROW, renderReport } from './report'
import { planScale } from './scale/plan'
import { seedScaleData } from './scaleData'
import { type BenchInstance, type BenchServer, startBenchServer, startSecondInstance } from './server'
import { scaleTargets } from './scaleTargets'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '20' },
    // Seconds of load before each row's measured run, not counted: JIT, pools and caches warm as on a server that has been up a while.
    warmup: { type: 'string', default: '3' },
    // Enough for a 500-learner organization and >= 100k progress rows, seeded in well under a minute.
    'scale-orgs': { type: 'string', default: '5' },
    'scale-learners': { type: 'string', default: '1200' },
    out: { type: 'string', default: path.join(root, 'bench/results/latest.md') },
  },
})
const positive = (name: keyof typeof values, min = 1) => {
  const value = Number(values[name])
  if (!Number.isInteger(value) || value < min) {
    console.error(`bench: --${name} must be a whole number of at least ${min}`)
    process.exit(2)
  }
  return value
}
const connections = positive('connections')
const duration = positive('duration')
const warmup = positive('warmup', 0)
const scaleOrgs = positive('scale-orgs')
const scaleLearners = positive('scale-learners')
const outFile = path.resolve(values.out)

const children: ChildProcess[] = []
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('exit', stopAll)

const phases: [string, number][] = []
const timed = async <T>(label: string, work: () => T | Promise<T>): Promise<T> => {
  const started = performance.now()
  const result = await work()
  const seconds = (performance.now() - started) / 1000
  phases.push([label, seconds])
  console.log(`[bench] ${label}: ${seconds.toFixed(1)} s`)
  return result
}

const forkReady = (script: string, args: string[]) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const child = fork(path.join(root, script), args, { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
    children.push(child)
    child.once('message', () => resolve(child))
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)))
  })

let server: BenchServer | undefined
let second: BenchInstance | undefined
let proxy: Proxy | undefined
const cleanUp = async () => {
  stopAll()
  await proxy?.stop()
  await second?.stop()
  await server?.stop()
}

const rows: Row[] = []
const measureAll = async (targets: Target[]) => {
  for (const target of targets) {
    const row = await measure(target, { connections, duration, warmup })
    rows.push(row)
    console.log(`${target.name}: ${Math.round(row.rps)} req/s, p95 ${row.p95.toFixed(1)} ms, ${row.errors} errors`)
  }
}

const run = async () => {
  await timed('build (next build when sources changed)', () => ensureBuild(root))
  server = await timed('server start (embedded database, migrations, demo seed)', () => startBenchServer(root))
  const { base, databaseUrl, dataDir } = server
  const scale = await timed('seed:scale', () => seedScaleData(root, databaseUrl, scaleOrgs, scaleLearners))

  const learner = await learnerPages(base)
  const lessonHtml = await (await fetch(`${base}${LESSON_PATH}`, { headers: learner.auth })).text()
  const pagePath = path.join(dataDir, 'lesson.html')
  writeFileSync(pagePath, lessonHtml)

  const barePort = await freePort()
  await forkReady('bench/bareServer.ts', [pagePath, String(barePort)])
  const minimalPort = await freePort()
  await forkReady('bench/minimalLessonServer.tsx', [databaseUrl, String(minimalPort)])

  const anchorLearners = planScale({ orgs: scaleOrgs, learners: scaleLearners, lessonsPerLearner: 1 }, 0).orgs[0].learners
  const { progressWrites, quizSubmit, dashboard, managerPages, certificatePages, progressList } = await timed('scale targets: sign-ins and one checked request each', () =>
    scaleTargets(base, anchorLearners, duration + warmup),
  )
  const pages = await pageTargets(base, learner.pages)

  const measuringStarted = performance.now()
  await measureAll([
    { name: BARE_ROW, url: `http://127.0.0.1:${barePort}/` },
    { name: MINIMAL_ROW, url: `http://127.0.0.1:${minimalPort}/lesson/${LESSON_SLUG}` },
    ...pages,
    ...certificatePages,
    dashboard,
    ...managerPages,
    progressWrites,
    {
      name: 'PeerPath progress write, one learner and lesson (every write on the same row)',
      url: `${base}/api/progress/track`,
      method: 'POST',
      headers: { ...learner.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ lessonId: learner.lessonId, event: 'heartbeat', position: 50 }),
      goal: PROGRESS_WRITE_GOAL,
    },
    quizSubmit,
    progressList,
    { name: 'PeerPath /healthz', url: `${base}/healthz` },
  ])
  phases.push(['measuring one instance', (performance.now() - measuringStarted) / 1000])

  // Two instances on the one database behind nginx, as deployed; the same learner's pages through the proxy.
  second = await timed('second instance start', () => startSecondInstance(root, databaseUrl))
  proxy = await timed('nginx start', () => startProxy([base, second!.base]))
  const proxied = learner.pages.filter((page) => page.path === LESSON_PATH || page.path === '/learn')
  const proxiedStarted = performance.now()
  await measureAll(await pageTargets(proxy.base, proxied, ', two instances behind nginx'))
  phases.push(['measuring two instances', (performance.now() - proxiedStarted) / 1000])

  const report = renderReport({
    rows,
    connections,
    duration,
    warmup,
    notes: [
      `Data set: demo content plus \`seed:scale --orgs ${scaleOrgs} --learners ${scaleLearners}\` (${scale.rows}).`,
      `Server: \`npm start\`'s command (old-space cap ${serverHeapMb()} MB), every request through Express and Next. Pages are the demo learner's (signed in with a bearer token, after studying module 1 so its quiz can be taken), /login and /verify signed out, a certificate page its holder's, /manage and its other pages the 500-learner organization's manager (session cookie).`,
      `Quiz submits go to the REST endpoint \`POST /api/quiz-attempts/submit\`, which runs the same validation and operation (\`submitQuiz\`) as the site's server action; the action itself needs a build's action ID and a multipart form, so the load uses the endpoint.`,
      `Two instances: a second production instance on the same database (jobs off) and Debian's nginx (one worker, \`least_conn\`, kept-alive upstream connections, no access log) in front of both; all on the same two cores as the load generator.`,
      `Phases: ${phases.map(([label, seconds]) => `${label} ${seconds.toFixed(1)} s`).join(' · ')}.`,
    ],
  })
  console.log(`\n${report}`)
  mkdirSync(path.dirname(outFile), { recursive: true })
  writeFileSync(outFile, report)
  console.log(`Written to ${outFile}`)
}

try {
  await run()
  await cleanUp()
  process.exit(0)
} catch (error) {
  console.error(`bench failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`)
  await cleanUp()
  process.exit(1)
}
