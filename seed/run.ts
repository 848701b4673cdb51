/**
 * `npm run seed [-- --demo]`: curriculum always; demo accounts on the embedded
 * database or with --demo, never silently on a DATABASE_URL.
 */
import { resolveDatabase } from '../src/db/resolveDatabase'

const db = await resolveDatabase((message) => console.log(message))
const demo = db.embedded || process.argv.includes('--demo')

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { seed } = await import('./index')

const payload = await getPayload({ config })
let failed = false
try {
  // Production migrates during init and development pushes the schema; elsewhere apply migrations here.
  if (process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'development') await payload.db.migrate()
  await seed(payload, { demo })
  if (demo) console.log('Demo accounts ready (password: peerpath-demo).')
} catch (error) {
  failed = true
  console.error(error)
} finally {
  await payload.destroy()
  await db.stop()
}
process.exit(failed ? 1 : 0)
