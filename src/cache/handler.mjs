// @ts-check
/**
 * Next's data cache (`unstable_cache`, `fetch` caching) for PeerPath, as a
 * documented custom `cacheHandler` (next.config.mjs). Entries live in this
 * process's memory (an LRU); what makes them right across several instances
 * on one database is Postgres: every instance LISTENs on one channel, and a
 * write that changes cached data sends `pg_notify` with its tags inside its
 * own transaction (src/cache/invalidate.ts), which Postgres delivers to every
 * listener when, and only if, that transaction commits.
 *
 * Plain JavaScript because Next loads it at run time, outside its bundles.
 */
import { LRUCache } from 'lru-cache'
import pg from 'pg'

export const CACHE_CHANNEL = 'peerpath_cache'

/**
 * A read that began before a write committed can finish after the write's
 * notification arrived and store what it read. An entry stored less than this
 * long before its tag was invalidated is therefore not trusted either.
 */
const IN_FLIGHT_GRACE_MS = 3_000
const RECONNECT_MS = 1_000

/**
 * @typedef {{ value: unknown, lastModified: number, tags: string[], size: number }} Entry
 * @typedef {{
 *   entries: LRUCache<string, Entry>,
 *   invalidatedAt: Map<string, number>,
 *   listening: boolean,
 *   listenerStarted: boolean,
 *   client: pg.Client | null,
 * }} State
 */

/** One state per process: Next constructs a handler per request and may load this module more than once. */
const state = /** @type {State} */ (
  /** @type {any} */ (globalThis).__peerpathCacheState ??= {
    entries: new LRUCache({
      max: 5_000,
      maxSize: Number(process.env.PEERPATH_CACHE_MB || 128) * 1024 * 1024,
      sizeCalculation: (/** @type {Entry} */ entry) => Math.max(1, entry.size),
    }),
    invalidatedAt: new Map(),
    listening: false,
    listenerStarted: false,
    client: null,
  }
)

/** @param {string[]} tags */
const markInvalidated = (tags) => {
  const now = Date.now()
  for (const tag of tags) state.invalidatedAt.set(tag, now)
  // The map only needs tags newer than any entry it could reject.
  if (state.invalidatedAt.size > 10_000) state.invalidatedAt.clear()
}

/** @param {string} payload */
export const tagsFromNotification = (payload) => payload.split(' ').filter(Boolean)

const listen = async () => {
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) return
  const client = new pg.Client({ connectionString, application_name: 'peerpath-cache-listener' })
  const retry = () => {
    if (state.client !== client) return
    // While nobody tells us about writes, nothing cached can be trusted.
    state.listening = false
    state.client = null
    state.entries.clear()
    client.end().catch(() => {})
    setTimeout(() => void listen(), RECONNECT_MS).unref()
  }
  state.client = client
  client.on('error', retry)
  client.on('end', retry)
  client.on('notification', (message) => {
    if (message.channel === CACHE_CHANNEL) markInvalidated(tagsFromNotification(message.payload ?? ''))
  })
  try {
    await client.connect()
    await client.query(`LISTEN ${CACHE_CHANNEL}`)
    // Whatever changed while this instance was not listening is unknown: start empty.
    state.entries.clear()
    state.listening = true
  } catch {
    retry()
  }
}

const ensureListener = () => {
  if (state.listenerStarted) return
  state.listenerStarted = true
  void listen()
}

/** For tests and shutdown: stop listening (entries are no longer trusted). */
export const stopCacheListener = async () => {
  const client = state.client
  state.client = null
  state.listening = false
  state.listenerStarted = false
  state.entries.clear()
  await client?.end().catch(() => {})
}

/** @param {Entry} entry */
const isInvalidated = (entry) =>
  entry.tags.some((tag) => (state.invalidatedAt.get(tag) ?? -Infinity) >= entry.lastModified - IN_FLIGHT_GRACE_MS)

/** @param {unknown} value */
const sizeOf = (value) => {
  const data = /** @type {{ data?: { body?: unknown } } | null} */ (value)
  const body = data?.data?.body
  return typeof body === 'string' ? body.length : 1024
}

export default class PeerPathCacheHandler {
  constructor() {
    ensureListener()
  }

  /**
   * @param {string} key
   * @returns {Promise<{ lastModified: number, value: any } | null>}
   */
  async get(key) {
    if (!state.listening) return null
    const entry = state.entries.get(key)
    if (!entry) return null
    if (isInvalidated(entry)) {
      state.entries.delete(key)
      return null
    }
    return { lastModified: entry.lastModified, value: entry.value }
  }

  /**
   * @param {string} key
   * @param {unknown} value
   * @param {{ tags?: string[] }} [context]
   */
  async set(key, value, context) {
    if (!value) {
      state.entries.delete(key)
      return
    }
    if (!state.listening) return
    const tags = context?.tags ?? /** @type {{ tags?: string[] }} */ (value).tags ?? []
    state.entries.set(key, { value, lastModified: Date.now(), tags, size: sizeOf(value) })
  }

  /**
   * `revalidateTag` from Next code: broadcast like any other invalidation (this
   * instance hears its own notification too).
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = [tags].flat()
    markInvalidated(list)
    const client = state.client
    if (client && state.listening) await client.query('select pg_notify($1, $2)', [CACHE_CHANNEL, list.join(' ')])
  }

  resetRequestCache() {}
}
