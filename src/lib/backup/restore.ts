import pg from 'pg'

import { BackupRefusal, type DumpHeader, MIGRATIONS_TABLE, quoteTable, readDumpBody, runPgTool } from './format'

export interface RestoreSummary {
  tables: number
  rows: number
}

interface TargetTable {
  name: string
  columns: string[]
  /** Generated columns: Postgres computes them, an insert may not name them. */
  generated: string[]
}

const targetTables = async (client: pg.Client): Promise<Map<string, TargetTable>> => {
  const { rows } = await client.query<TargetTable>(`
    select c.relname as name,
      array_agg(a.attname::text order by a.attnum) as columns,
      coalesce(array_agg(a.attname::text) filter (where a.attgenerated <> ''), '{}') as generated
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    group by c.relname`)
  return new Map(rows.map((row) => [row.name, row]))
}

export const isEmptyDatabase = async (client: pg.Client) => (await targetTables(client)).size === 0

const targetMigrations = async (client: pg.Client) => {
  const { rows } = await client.query<{ present: boolean }>('select to_regclass($1) is not null as present', [quoteTable(MIGRATIONS_TABLE)])
  if (!rows[0].present) return []
  return (await client.query<{ name: string }>(`select name from ${quoteTable(MIGRATIONS_TABLE)} order by id`)).rows.map((row) => row.name)
}

const latest = (names: string[]) => [...names].sort().at(-1) ?? 'none'

/** Null when both lists name the same migrations, else what differs, for a person to act on. */
export const migrationDifference = (backup: string[], database: string[]): string | null => {
  const missing = backup.filter((name) => !database.includes(name))
  const extra = database.filter((name) => !backup.includes(name))
  if (!missing.length && !extra.length) return null
  const details = [missing.length && `missing ${missing.join(', ')}`, extra.length && `not in the backup ${extra.join(', ')}`]
  return `the backup was made at migration ${latest(backup)}, the database is at ${latest(database)} (${details.filter(Boolean).join('; ')})`
}

/**
 * Refuses a target whose schema is not the backup's: same migrations, same
 * tables, same columns. Rows are matched to columns by name, so anything else
 * could drop data silently.
 */
export const checkTargetMatches = async (client: pg.Client, header: DumpHeader) => {
  const difference = migrationDifference(header.migrations, await targetMigrations(client))
  if (difference) {
    throw new BackupRefusal(
      `${difference}. Bring the database to the backup's migrations first (start the PeerPath version that made the backup once), then restore again`,
    )
  }
  const tables = await targetTables(client)
  const problems: string[] = []
  for (const table of header.tables) {
    const target = tables.get(table.name)
    if (!target) problems.push(`table ${table.name} is missing`)
    else if ([...target.columns].sort().join() !== [...table.columns].sort().join()) problems.push(`table ${table.name} has other columns`)
  }
  const dumped = new Set(header.tables.map((table) => table.name))
  for (const name of tables.keys()) if (!dumped.has(name)) problems.push(`table ${name} is not in the backup`)
  if (problems.length) throw new BackupRefusal(`the database's schema differs from the backup's: ${problems.slice(0, 5).join('; ')}`)
  return tables
}

const insertStatement = (table: TargetTable) => {
  const columns = table.columns.filter((column) => !table.generated.includes(column)).map((column) => pg.escapeIdentifier(column))
  const list = columns.join(', ')
  // Batches arrive as the dump's JSON line; Postgres reads the rows out of it with the table's own types.
  return (
    `insert into ${quoteTable(table.name)} (${list}) overriding system value ` +
    `select ${list} from json_populate_recordset(null::${quoteTable(table.name)}, $1::json -> 'rows')`
  )
}

interface ForeignKey {
  table: string
  name: string
  definition: string
}

/**
 * Foreign keys are dropped while the rows go in and added back at the end,
 * as pg_restore does: no insert order to work out (cycles and self-references
 * included), no superuser needed, and adding them back checks every reference.
 */
const dropForeignKeys = async (client: pg.Client): Promise<ForeignKey[]> => {
  const { rows } = await client.query<ForeignKey>(`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'
    order by 1, 2`)
  for (const key of rows) await client.query(`alter table ${key.table} drop constraint ${pg.escapeIdentifier(key.name)}`)
  return rows
}

const addForeignKeys = async (client: pg.Client, keys: ForeignKey[]) => {
  for (const key of keys) await client.query(`alter table ${key.table} add constraint ${pg.escapeIdentifier(key.name)} ${key.definition}`)
}

/**
 * Replaces every table's rows (payload_migrations excepted: it already
 * matches) with the dump's, in one transaction: a failure anywhere, a damaged
 * or short file included, leaves the database as it was.
 */
export const restoreSqlDump = async (client: pg.Client, file: string, header: DumpHeader): Promise<RestoreSummary> => {
  const tables = await checkTargetMatches(client, header)
  const restored = header.tables.filter((table) => table.name !== MIGRATIONS_TABLE)
  const statements = new Map(restored.map((table) => [table.name, insertStatement(tables.get(table.name)!)]))
  const inserted = new Map(restored.map((table) => [table.name, 0]))
  await client.query('begin')
  try {
    // Names in constraint definitions come out schema-qualified, and nothing resolves through a user's search_path.
    await client.query('set local search_path = pg_catalog, pg_temp')
    // A running app holding locks should make the restore fail, not hang.
    await client.query(`set local lock_timeout = '15s'`)
    const foreignKeys = await dropForeignKeys(client)
    if (restored.length) await client.query(`truncate ${restored.map((table) => quoteTable(table.name)).join(', ')} restart identity`)
    let ended = false
    for await (const line of readDumpBody(file)) {
      if (ended) throw new BackupRefusal(`${file} is damaged (rows after the end)`)
      if (line.kind === 'sequences') {
        for (const [name, sequence] of Object.entries(line.sequences)) {
          if (sequence.table === MIGRATIONS_TABLE) continue
          await client.query('select setval($1::regclass, $2::bigint, $3)', [quoteTable(name), sequence.value, sequence.called])
        }
        ended = true
        continue
      }
      if (line.table === MIGRATIONS_TABLE) continue
      const statement = statements.get(line.table)
      if (!statement) throw new BackupRefusal(`${file} is damaged (rows for unknown table ${line.table})`)
      await client.query(statement, [line.json])
      inserted.set(line.table, inserted.get(line.table)! + line.rows)
    }
    if (!ended) throw new BackupRefusal(`${file} is incomplete (it ends before the sequences)`)
    for (const table of restored) {
      if (inserted.get(table.name) !== table.rows) {
        throw new BackupRefusal(`${file} is damaged (${table.name}: ${inserted.get(table.name)} rows, the header says ${table.rows})`)
      }
    }
    await addForeignKeys(client, foreignKeys)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  }
  // Fresh planner statistics; the old ones describe the rows just replaced. Nice to have, so a failure is no failure.
  await client.query('analyze').catch(() => {})
  return { tables: restored.length, rows: restored.reduce((sum, table) => sum + table.rows, 0) }
}

/** A pg_dump archive carries its own schema: pg_restore replaces the objects it holds, in one transaction. */
export const restorePgDump = (url: string, file: string) =>
  runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file], url)
