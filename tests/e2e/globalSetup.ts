import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureBuild } from '../../scripts/ensureBuild'
import { freePort } from '@/db/freePort'

const root = path.resolve(import.meta.dirname, '../..')

const waitFor = async (url: string, server: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`PeerPath exited with code ${server.exitCode} before it was ready`)
    const ok = await fetch(url).then((response) => response.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * The real server, production build, on a throwaway embedded database with
 * the demo content, on ports nobody else uses.
 */
export default async function globalSetup() {
  ensureBuild(root)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peerpath-e2e-'))
  const outboxDir = mkdtempSync(path.join(tmpdir(), 'peerpath-e2e-mail-'))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
    PEERPATH_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL || 'warn',
    // The suite signs in many times a minute from one address.
    AUTH_RATE_LIMIT_PER_MINUTE: '100',
    EMAIL_OUTBOX_DIR: outboxDir,
    // Lets queryBudget.e2e.spec.ts read how many SQL statements each page cost.
    PEERPATH_COUNT_QUERIES: 'true',
    // Lessons' minimum time on task, shortened (never switched off): module 1's lessons (7–8 minutes) ask for 5 s.
    PEERPATH_MIN_TIME_SCALE: '0.02',
  }
  delete env.DATABASE_URL
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env, stdio: 'inherit' })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor(`${baseUrl}/healthz`, server, 180_000)
  await waitFor(`${baseUrl}/admin/login`, server, 60_000)
  process.env.PEERPATH_BASE_URL = baseUrl
  process.env.PEERPATH_OUTBOX_DIR = outboxDir
  // Servers the specs start themselves (tests/e2e/faultServer.ts) inherit the same shortened minimum.
  process.env.PEERPATH_MIN_TIME_SCALE = env.PEERPATH_MIN_TIME_SCALE

  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(outboxDir, { recursive: true, force: true })
  }
}
