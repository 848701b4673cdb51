type Entry = { expires: number; value: Promise<unknown> }

/**
 * A small in-process cache of promises: concurrent misses for one key share a
 * single load, and a failed load is not kept. Stores live on globalThis
 * because Next may load a module more than once.
 */
export const memoryCache = (name: string, ttlMs: number, maxEntries: number) => {
  const stores = globalThis as typeof globalThis & { __peerpathCaches?: Map<string, Map<string, Entry>> }
  const all = (stores.__peerpathCaches ??= new Map())
  const store = all.get(name) ?? new Map<string, Entry>()
  all.set(name, store)
  return {
    get: <T>(key: string, load: () => Promise<T>): Promise<T> => {
      const now = Date.now()
      const hit = store.get(key)
      if (hit && hit.expires > now) return hit.value as Promise<T>
      if (store.size >= maxEntries) store.clear()
      const value = load()
      store.set(key, { expires: now + ttlMs, value })
      value.catch(() => store.delete(key))
      return value
    },
    forget: (prefix: string) => {
      for (const key of store.keys()) if (key.startsWith(prefix)) store.delete(key)
    },
    clear: () => store.clear(),
  }
}
