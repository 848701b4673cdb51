/** The one process entry: database, Next (admin, API, learner site) and Express around it. */
import './sourceMaps'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import pino from 'pino'

import { leaveShutdownSignalsToServer } from './db/embedded'
import { ensurePayloadSecret } from './db/payloadSecret'
import { EMBEDDED_DATA_DIR, resolveDatabase } from './db/resolveDatabase'
import { createApp } from './http/app'
import { trustProxyHops } from './http/trustProxy'
import { closeCachedPayload } from './db/closePayload'
import { closeAttemptLimits } from './lib/limits/attempts'
import { installGracefulShutdown } from './http/shutdown'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || '0.0.0.0'
const logger = pino({ level: process.env.LOG_LEVEL || 'info', base: { app: 'peerpath' } })
const startedAt = performance.now()

// Settings that would stop createApp are checked before anything starts.
try {
  trustProxyHops()
} catch (error) {
  logger.error((error as Error).message)
  process.exit(1)
}

const db = await resolveDatabase((message) => logger.info(message), { stopAdopted: true })
leaveShutdownSignalsToServer()
if (!dev && !db.embedded && !process.env.PAYLOAD_SECRET) {
  logger.error('PAYLOAD_SECRET must be set when running in production against DATABASE_URL')
  await db.stop()
  process.exit(1)
}
// Everywhere else a missing secret is generated once and kept under .data/ (never the one in the source).
const secret = ensurePayloadSecret(EMBEDDED_DATA_DIR)
if (secret.source === 'generated') logger.info({ file: secret.file }, 'generated a session signing secret (PAYLOAD_SECRET) for this installation')
process.env.PORT = String(port)

// Migrations (or the dev schema push) and the demo seed run in a short-lived
// child so the server process never holds a second copy of Payload in memory.
const prepare = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/prepare-db.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: db.url },
})
if (prepare.status !== 0) {
  logger.error('database preparation failed; not starting')
  await db.stop()
  process.exit(1)
}

const nextApp = next({ dev, dir: root, hostname: host === '0.0.0.0' ? 'localhost' : host, port })
await nextApp.prepare()
const handle = nextApp.getRequestHandler()

const { app, closeHealth } = createApp({
  databaseUrl: db.url,
  logger,
  dev,
  nextHandler: (req, res) => handle(req, res),
})

const server = app.listen(port, host, () => {
  const shownHost = host === '0.0.0.0' ? 'localhost' : host
  const url = `http://${shownHost}:${port}`
  logger.info({ url, ms: Math.round(performance.now() - startedAt) }, 'PeerPath is ready')
  console.log(`\n  PeerPath is running at ${url}\n  Admin: ${url}/admin\n`)
  if (process.env.PEERPATH_DEMO_BANNER === 'true') {
    console.log('  Demo logins (password: peerpath-demo):')
    for (const role of ['admin', 'trainer', 'manager', 'learner']) console.log(`    ${role}@peerpath.example`)
    console.log('')
  }
  // Load the API route before the first visitor does (Payload itself starts in instrumentation, or here with PEERPATH_JOBS=off).
  void fetch(`http://127.0.0.1:${port}/api/users/me`).catch(() => {})
})
server.keepAliveTimeout = 65_000

installGracefulShutdown(server, logger, [
  { name: 'health pool', run: closeHealth },
  { name: 'attempt-limit pool', run: closeAttemptLimits },
  { name: 'payload pool', run: closeCachedPayload },
  { name: 'next', run: () => nextApp.close() },
  { name: 'database', run: db.stop },
])
