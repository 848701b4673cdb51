import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { serverNodeArgs } from '../scripts/serverCommand'
import { freePort } from '@/db/freePort'

export interface BenchServer {
  base: string
  /** The embedded cluster's URL (what src/db/embedded.ts builds for this port); seeds and the minimal page use it. */
  databaseUrl: string
  process: ChildProcess
  dataDir: string
  stop: () => Promise<void>
}

export const waitFor = async (url: string, init?: RequestInit, timeoutMs = 180_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fetch(url, init).then((r) => r.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not come up`)
}

/** The production server on a throwaway embedded database with the demo content, on loopback. */
export const startBenchServer = async (root: string): Promise<BenchServer> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peerpath-bench-'))
  const port = await freePort()
  const pgPort = await freePort()
  const base = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, serverNodeArgs('src/server.ts'), {
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
      // The load generator signs in many learners from one address.
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    },
  })
  await waitFor(`${base}/healthz`)
  return {
    base,
    databaseUrl: `postgres://postgres:peerpath@127.0.0.1:${pgPort}/peerpath`,
    process: child,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
