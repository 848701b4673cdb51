/**
 * Fails when the committed payload-types.ts, admin import map or migrations
 * no longer match what payload.config.ts generates.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createThrowawayDatabase } from '@/db/throwawayDatabase'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const migrationsDir = path.join(root, 'src/migrations')
const problems: string[] = []

const payloadCli = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync('npx', ['payload', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation', LOG_LEVEL: 'warn', ...env },
  })
  if (result.status !== 0) throw new Error(`payload ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
}

const regeneratedDiffers = (file: string, args: string[]) => {
  const committed = readFileSync(file, 'utf8')
  payloadCli(args)
  const generated = readFileSync(file, 'utf8')
  if (generated !== committed) {
    writeFileSync(file, committed)
    return true
  }
  return false
}

if (regeneratedDiffers(path.join(root, 'src/payload-types.ts'), ['generate:types'])) {
  problems.push('src/payload-types.ts is stale: run `npm run generate:types` and commit it.')
}
if (regeneratedDiffers(path.join(root, 'src/app/(payload)/admin/importMap.js'), ['generate:importmap'])) {
  problems.push('the admin import map is stale: run `npm run generate:importmap` and commit it.')
}

const database = await createThrowawayDatabase()
try {
  const before = new Set(readdirSync(migrationsDir))
  const index = readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')
  payloadCli(['migrate'], { DATABASE_URL: database.url, NODE_ENV: 'test' })
  payloadCli(['migrate:create', 'drift-check', '--skip-empty'], { DATABASE_URL: database.url, NODE_ENV: 'test' })
  const added = readdirSync(migrationsDir).filter((file) => !before.has(file))
  if (added.length > 0) {
    for (const file of added) rmSync(path.join(migrationsDir, file))
    writeFileSync(path.join(migrationsDir, 'index.ts'), index)
    problems.push('the schema has changed without a migration: run `npm run migrate:create -- <name>` and commit it.')
  }
} finally {
  await database.drop()
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`drift: ${problem}`)
  process.exit(1)
}
console.log('drift: types, import map and migrations match payload.config.ts')
