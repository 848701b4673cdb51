/**
 * Brings the database to the committed schema and, on the embedded database or
 * with PEERPATH_DEMO=true, loads the demo users and curriculum.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '../seed'
import { applyMigrationsIfNeeded } from '@/db/migrate'

const payload = await getPayload({ config })
try {
  await applyMigrationsIfNeeded(payload)
  const demo = process.env.PEERPATH_EMBEDDED_DB === 'true' || process.env.PEERPATH_DEMO === 'true'
  await seed(payload, { demo })
} finally {
  await payload.destroy()
}
process.exit(0)
