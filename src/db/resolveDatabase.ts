import path from 'node:path'

import { startEmbeddedPostgres } from './embedded'

export interface ResolvedDatabase {
  url: string
  embedded: boolean
  stop: () => Promise<void>
}

export const EMBEDDED_DATA_DIR = path.resolve(process.env.PEERPATH_DATA_DIR || '.data/postgres')

/**
 * DATABASE_URL wins; without it PeerPath runs its own Postgres under .data/ so a
 * fresh clone needs nothing else. Sets DATABASE_URL for everything loaded later.
 */
export const resolveDatabase = async (
  log?: (message: string) => void,
  { stopAdopted = false }: { stopAdopted?: boolean } = {},
): Promise<ResolvedDatabase> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
  const db = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, database: 'peerpath', log, stopAdopted })
  process.env.DATABASE_URL = db.url
  process.env.PEERPATH_EMBEDDED_DB = 'true'
  return { url: db.url, embedded: true, stop: db.stop }
}
