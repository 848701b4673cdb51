/**
 * Brings the database to the committed schema and, on the embedded database or
 * with PEERPATH_DEMO=true, loads the demo users and curriculum.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '../seed'

const payload = await getPayload({ config })
try {
  // Production runs prodMigrations during init; tests and CI scripts ask explicitly.
  if (process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'development') await payload.db.migrate()
  const demo = process.env.PEERPATH_EMBEDDED_DB === 'true' || process.env.PEERPATH_DEMO === 'true'
  await seed(payload, { demo })
} finally {
  await payload.destroy()
}
process.exit(0)
