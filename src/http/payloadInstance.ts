import type { Payload } from 'payload'

interface CachedPayload {
  payload: Payload | null
}

/**
 * Next's route handlers keep their Payload in Payload's own process-wide cache;
 * the server reaches it there on shutdown. `destroy()` leaves the Postgres pool
 * open, so it is ended here too.
 */
export const closeCachedPayload = async (): Promise<void> => {
  const cache = (globalThis as { _payload?: Map<string, CachedPayload> })._payload
  for (const entry of cache?.values() ?? []) {
    const payload = entry.payload
    if (!payload) continue
    const pool = (payload.db as { pool?: { end: () => Promise<void> } }).pool
    await payload.destroy()
    await pool?.end()
  }
}
