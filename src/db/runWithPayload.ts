import type { Payload } from 'payload'

import { closePayload } from './closePayload'
import { keepingAlive } from './keepingAlive'
import { resolveDatabase, type ResolvedDatabase } from './resolveDatabase'

interface Options {
  /** Exit code when `work` throws. */
  crashCode?: number
  /** Where progress messages go (stderr keeps stdout clean for piped output). */
  log?: (message: string) => void
}

/**
 * The frame every command-line script shares: the configured or embedded
 * database, Payload loaded only after DATABASE_URL is known, the database
 * closed before the database stops, and the process exiting with `work`'s code.
 */
export const runWithPayload = async (
  work: (payload: Payload, db: ResolvedDatabase) => Promise<number>,
  { crashCode = 1, log = (message) => console.error(message) }: Options = {},
): Promise<never> => {
  const db = await resolveDatabase(log)
  const { getPayload, config } = await keepingAlive(async () => ({ getPayload: (await import('payload')).getPayload, config: (await import('@payload-config')).default }))
  let exitCode = crashCode
  let payload: Payload | undefined
  try {
    payload = await getPayload({ config })
    exitCode = await work(payload, db)
  } catch (error) {
    console.error(error)
  } finally {
    if (payload) await closePayload(payload)
    await db.stop()
  }
  process.exit(exitCode)
}
