import pg from 'pg'

/** Listens on the cache channel the way every instance does, and records the tags it hears. */
export const listenForCacheTags = async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query('LISTEN peerpath_cache')
  const heard: string[] = []
  client.on('notification', (message) => heard.push(...(message.payload ?? '').split(' ').filter(Boolean)))
  return {
    count: (tag: string) => heard.filter((seen) => seen === tag).length,
    clear: () => heard.splice(0),
    waitFor: async (tag: string, timeoutMs = 2_000) => {
      const deadline = Date.now() + timeoutMs
      while (!heard.includes(tag)) {
        if (Date.now() > deadline) throw new Error(`no "${tag}" notification within ${timeoutMs} ms (heard: ${heard.join(', ') || 'nothing'})`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    stop: () => client.end(),
  }
}
