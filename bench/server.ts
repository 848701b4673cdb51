import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { serverNodeArgs } from '../scripts/serverCommand'
import { freePort } from '@/db/freePort'

export interface BenchInstance {
  base: string
  process: ChildProcess
  stop: () => Promise<void>
}

export interface BenchServer extends BenchInstance {
  /** The embedded cluster's URL (what src/db/embedded.ts builds for this port); seeds, the minimal page and further instances use it. */
  databaseUrl: string
  dataDir: string
}

/** Every instance of one run signs sessions with the same secret, so a token from one is good on the other. */
const BENCH_SECRET = 'peerpath-bench-secret'

export const waitFor = async (url: string, init?: RequestInit, timeoutMs = 180_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fetch(url, init).then((r) => r.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not come up`)
}

/** `npm start`'s server command on a free loopback port; `env` says which database and anything else. */
const startInstance = async (root: string, env: Record<string, string>): Promise<BenchInstance> => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, serverNodeArgs('src/server.ts'), {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PAYLOAD_SECRET: BENCH_SECRET,
      LOG_LEVEL: 'error',
      // The load generator signs in many learners from one address.
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      // The demo learner studies module 1 before its quiz (bench/pageTargets.ts): the real minimum-time rule, shortened as in the browser tests.
      PEERPATH_MIN_TIME_SCALE: '0.002',
      ...env,
    },
  })
  const exited = new Promise<void>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`server on ${base} exited with ${code}`))))
  exited.catch(() => {})
  await Promise.race([waitFor(`${base}/healthz`), exited])
  return {
    base,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const gone = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 15_000))])
    },
  }
}

/** The production server on a throwaway embedded database with the demo content, on loopback. */
export const startBenchServer = async (root: string): Promise<BenchServer> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peerpath-bench-'))
  const pgPort = await freePort()
  const instance = await startInstance(root, { EMBEDDED_PG_PORT: String(pgPort), PEERPATH_DATA_DIR: dataDir, DATABASE_URL: '' })
  return {
    ...instance,
    databaseUrl: `postgres://postgres:peerpath@127.0.0.1:${pgPort}/peerpath`,
    dataDir,
    stop: async () => {
      await instance.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * One more production instance on the first one's database, as deployed
 * behind a balancer; the jobs runner stays with the first.
 */
export const startSecondInstance = (root: string, databaseUrl: string): Promise<BenchInstance> =>
  startInstance(root, { DATABASE_URL: databaseUrl, PEERPATH_JOBS: 'off' })
