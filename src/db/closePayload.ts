import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

const POOL_END_TIMEOUT_MS = 2_000
const ignore = () => {}

/**
 * Closes Payload and its Postgres pool so the database can stop under it.
 * Payload's `destroy()` leaves the pool open and may keep a client checked
 * out, which `pool.end()` would wait for forever; so the wait is bounded and
 * every client is told that losing its connection is now expected.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool) return
  pool.on('error', ignore)
  for (const client of (pool as unknown as { _clients?: PoolClient[] })._clients ?? []) client.on('error', ignore)
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, POOL_END_TIMEOUT_MS).unref())])
}

interface CachedPayload {
  payload: Payload | null
}

/** Next's route handlers keep their Payload in Payload's process-wide cache; the server closes it from there. */
export const closeCachedPayload = async (): Promise<void> => {
  const cache = (globalThis as { _payload?: Map<string, CachedPayload> })._payload
  for (const entry of cache?.values() ?? []) {
    if (entry.payload) await closePayload(entry.payload)
  }
}
