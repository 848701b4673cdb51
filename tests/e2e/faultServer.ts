import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/db/embedded'
import { freePort } from '@/db/freePort'

const root = path.resolve(import.meta.dirname, '../..')

/** A Postgres of the fault test's own, which the test may stop and start again on the same files. */
export const startDatabase = (dataDir: string, port: number): Promise<EmbeddedDatabase> =>
  startEmbeddedPostgres({ dataDir, port, database: 'peerpath' })

export const waitUntil = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`not ready within ${timeoutMs} ms`)
}

export interface RunningServer {
  url: string
  process: ChildProcess
  stop: () => Promise<void>
}

/** The production server (built by globalSetup) against `databaseUrl`, with the demo accounts; `env` adds or overrides settings. */
export const startServer = async (databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> => {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'peerpath-fault-test-secret',
      PEERPATH_DEMO: 'true',
      PEERPATH_JOBS: 'off',
      LOG_LEVEL: 'fatal',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      ...env,
    },
  })
  const url = `http://127.0.0.1:${port}`
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    return (await fetch(`${url}/healthz`)).ok
  }, 120_000)
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    },
  }
}

export const signInLearner = async (url: string) => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'learner@peerpath.example', password: 'peerpath-demo' }),
  })
  const { token, user } = (await response.json()) as { token: string; user: { id: number } }
  return { token, userId: user.id, headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' } }
}
