/**
 * Published curriculum is the same for every learner, so the site keeps it
 * in memory for a minute. Saves and deletes in the admin clear it at once (in
 * this process; other instances catch up within the TTL). Kept on globalThis
 * because Next may load this module more than once.
 */
const TTL_MS = 60_000
const MAX_ENTRIES = 2_000

type Entry = { expires: number; value: Promise<unknown> }
const globalStore = globalThis as typeof globalThis & { __peerpathPublished?: Map<string, Entry> }
const store = (globalStore.__peerpathPublished ??= new Map<string, Entry>())

export const cachedPublished = <T>(key: string, load: () => Promise<T>): Promise<T> => {
  const now = Date.now()
  const hit = store.get(key)
  if (hit && hit.expires > now) return hit.value as Promise<T>
  if (store.size >= MAX_ENTRIES) store.clear()
  const value = load()
  store.set(key, { expires: now + TTL_MS, value })
  // A failed load must not be served from the cache.
  value.catch(() => store.delete(key))
  return value
}

export const clearPublishedCache = () => store.clear()
