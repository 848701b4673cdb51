import type { Payload } from 'payload'

import { unstable_cache } from 'next/cache'

type Key = string | number | boolean | null

interface Options<A extends Key[]> {
  /** Tags that drop this read when what it depends on changes (see tags.ts). */
  tags: (...args: A) => string[]
  /** Seconds before a stale copy is refreshed in the background, a bound in case a notification is ever missed. */
  revalidate: number
}

/**
 * A read cached in Next's data cache, keyed by its name and arguments only:
 * never by anything about the request or its reader (the Payload instance it
 * reads with is not part of the key). Outside a Next request (scripts, jobs,
 * integration tests calling route handlers directly) there is no cache to
 * use, and the read runs as it is.
 */
export const cachedRead = <A extends Key[], R>(name: string, load: (payload: Payload, ...args: A) => Promise<R>, options: Options<A>) =>
  async (payload: Payload, ...args: A): Promise<R> => {
    // The arguments are passed on so Next folds them into the key.
    const cached = unstable_cache((..._key: A) => load(payload, ...args), [name], { tags: options.tags(...args), revalidate: options.revalidate })
    try {
      return await cached(...args)
    } catch (error) {
      if (error instanceof Error && error.message.includes('incrementalCache missing')) return load(payload, ...args)
      throw error
    }
  }
