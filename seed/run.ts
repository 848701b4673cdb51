/**
 * `npm run seed [-- --demo]`: curriculum always; demo accounts on the embedded
 * database or with --demo, never silently on a DATABASE_URL.
 */
import { applyMigrationsIfNeeded } from '@/db/migrate'
import { runWithPayload } from '@/db/runWithPayload'
import { seed } from './index'

await runWithPayload(
  async (payload, db) => {
    const demo = db.embedded || process.argv.includes('--demo')
    await applyMigrationsIfNeeded(payload)
    await seed(payload, { demo })
    if (demo) console.log('Demo accounts ready (password: peerpath-demo).')
    return 0
  },
  { log: (message) => console.log(message) },
)
