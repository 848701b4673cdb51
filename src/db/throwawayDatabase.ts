import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from './embedded'
import { freePort } from './freePort'

export interface ThrowawayDatabase {
  url: string
  drop: () => Promise<void>
}

/**
 * A database nobody else uses, for tests and checks that must not touch real
 * data: a new one on TEST_DATABASE_URL's server, or a throwaway embedded
 * cluster on a free port. `drop` removes it (and the cluster) again.
 */
export const createThrowawayDatabase = async (): Promise<ThrowawayDatabase> => {
  const name = `peerpath_throwaway_${process.pid}_${Date.now().toString(36)}`
  const server = process.env.TEST_DATABASE_URL
  if (server) {
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`create database "${name}"`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`drop database if exists "${name}" with (force)`)
        await client.end()
      },
    }
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peerpath-pg-'))
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: name })
  return {
    url: db.url,
    drop: async () => {
      await db.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
