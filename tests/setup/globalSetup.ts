import { spawnSync } from 'node:child_process'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/** Fresh database, committed migrations applied, curriculum and demo accounts seeded. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase()
  const root = path.resolve(import.meta.dirname, '../..')
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, PEERPATH_DEMO: 'true', LOG_LEVEL: 'warn' },
  })
  if (prepared.status !== 0) {
    await database.drop()
    throw new Error('migrating and seeding the test database failed')
  }
  project.provide('databaseUrl', database.url)
  return () => database.drop()
}
