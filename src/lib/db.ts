import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * The Postgres pool behind Payload, for the few writes that need a single
 * atomic statement (upserts, capped inserts) the Local API cannot express.
 */
export const pgPool = (payload: Payload): Pool => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('PeerPath needs the Postgres adapter')
  return pool
}
