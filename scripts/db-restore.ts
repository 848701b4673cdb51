/**
 * `npm run db:restore FILE`: replaces the configured (or embedded) database's
 * data with a backup's, all or nothing. Stop the app first. An empty database
 * is migrated to the backup's schema before the rows go in.
 */
import { parseArgs } from 'node:util'

import pg from 'pg'

import { closePayload } from '@/db/closePayload'
import { keepingAlive } from '@/db/keepingAlive'
import { applyMigrationsIfNeeded } from '@/db/migrate'
import { backupFileKind, BackupRefusal, type DumpHeader, oneLine, readDumpHeader, runBackupCommand } from '@/lib/backup/format'
import { isEmptyDatabase, migrationDifference, restorePgDump, restoreSqlDump } from '@/lib/backup/restore'

const USAGE = 'usage: npm run db:restore -- FILE'

const refuse = (message: string, { usage = false } = {}): never => {
  console.error(`db:restore: ${message}; nothing was restored${usage ? `\n${USAGE}` : ''}`)
  process.exit(2)
}

let positionals: string[] = []
try {
  positionals = parseArgs({ allowPositionals: true, options: {} }).positionals
} catch (error) {
  refuse(oneLine(error), { usage: true })
}
if (positionals.length !== 1) refuse('expected one FILE', { usage: true })
const file = positionals[0]
let header: DumpHeader | undefined
// The file is checked before any database starts: a wrong file changes nothing.
try {
  if ((await backupFileKind(file)) === 'sql-dump') header = await readDumpHeader(file)
} catch (error) {
  refuse(oneLine(error))
}

/**
 * The same path as scripts/prepare-db.ts, on a database that has no tables yet.
 * Payload and its config load first: importing the migrations before them
 * sometimes leaves the import unsettled forever under tsx on Node 20.
 */
const migrateEmptyDatabase = async (header: DumpHeader) => {
  const { getPayload, config, migrations } = await keepingAlive(async () => ({
    getPayload: (await import('payload')).getPayload,
    config: (await import('@payload-config')).default,
    migrations: (await import('@/migrations')).migrations,
  }))
  const difference = migrationDifference(
    header.migrations,
    migrations.map((migration) => migration.name),
  )
  if (difference) throw new BackupRefusal(`the database is empty and this PeerPath version cannot build the backup's schema: ${difference}`)
  const payload = await getPayload({ config })
  try {
    await applyMigrationsIfNeeded(payload)
  } finally {
    await closePayload(payload)
  }
}

const connect = async (databaseUrl: string) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  return client
}

await runBackupCommand(
  'db:restore',
  async (databaseUrl) => {
    const started = performance.now()
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
    if (!header) {
      await restorePgDump(databaseUrl, file)
      console.error(`db:restore: restored the pg_dump archive ${file} in ${seconds()} s`)
      return 0
    }
    const probe = await connect(databaseUrl)
    const empty = await isEmptyDatabase(probe).finally(() => probe.end())
    if (empty) await migrateEmptyDatabase(header)
    const client = await connect(databaseUrl)
    try {
      const summary = await restoreSqlDump(client, file, header)
      console.error(`db:restore: ${summary.tables} tables, ${summary.rows} rows from ${file} in ${seconds()} s`)
      return 0
    } finally {
      await client.end()
    }
  },
  { onFailure: 'nothing was restored' },
)
