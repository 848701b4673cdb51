/** Runs a command (e.g. `payload migrate:create`) against the configured or embedded database. */
import { spawnSync } from 'node:child_process'

import { resolveDatabase } from '@/db/resolveDatabase'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: with-db <command> [args…]')
  process.exit(2)
}
const db = await resolveDatabase((m) => console.log(m))
const result = spawnSync('npx', [command, ...args], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: db.url } })
await db.stop()
process.exit(result.status ?? 1)
