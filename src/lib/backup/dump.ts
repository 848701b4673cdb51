import { spawnSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import pg from 'pg'

import {
  BackupRefusal,
  DUMP_FORMAT,
  DUMP_VERSION,
  type DumpHeader,
  type DumpSequence,
  type DumpTable,
  MIGRATIONS_TABLE,
  quoteTable,
  runPgTool,
} from './format'

export type DumpMethod = 'sql' | 'pg_dump'
export type RequestedMethod = DumpMethod | 'auto'

export interface BackupSummary {
  file: string
  method: DumpMethod
  /** Unknown when pg_dump wrote the file. */
  tables?: number
  rows?: number
  bytes: number
}

// Backups hold e-mail addresses and password hashes: readable by their owner only.
const PRIVATE_FILE = 0o600
const FETCH_ROWS = 1000
// Keeps single lines (and restore's statements) to a few megabytes even for wide rows.
const MAX_BATCH_CHARS = 4 * 1024 * 1024

const pad = (n: number) => String(n).padStart(2, '0')

/** backups/peerpath-YYYYMMDD-HHMMSS(.sql.json.gz|.pgdump), in UTC so names sort the same on every server. */
export const defaultBackupFile = (method: DumpMethod, now = new Date()) => {
  const stamp =
    `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}` +
    `-${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`
  return path.resolve('backups', `peerpath-${stamp}${method === 'sql' ? '.sql.json.gz' : '.pgdump'}`)
}

const pgDumpMajor = (): number | null => {
  const result = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' })
  if (result.error || result.status !== 0) return null
  const major = Number(/\d+/.exec(result.stdout)?.[0])
  return Number.isInteger(major) ? major : null
}

/**
 * pg_dump refuses servers newer than itself, so it is used only when its
 * major version is at least the server's; otherwise the SQL dump, which any
 * server version can read back.
 */
export const chooseMethod = (requested: RequestedMethod, serverMajor: number): DumpMethod => {
  if (requested === 'sql') return 'sql'
  const major = pgDumpMajor()
  const usable = major !== null && major >= serverMajor
  if (requested === 'pg_dump' && !usable) {
    throw new BackupRefusal(
      major === null ? 'pg_dump is not installed' : `pg_dump ${major} cannot dump a PostgreSQL ${serverMajor} server (use --format sql)`,
    )
  }
  return usable ? 'pg_dump' : 'sql'
}

const listTables = async (client: pg.Client) => {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    group by c.relname
    order by c.relname`)
  return rows
}

const countRows = async (client: pg.Client, table: string) => {
  const { rows } = await client.query<{ n: string }>(`select count(*)::text as n from ${quoteTable(table)}`)
  return Number(rows[0].n)
}

const migrationNames = async (client: pg.Client, tables: { name: string }[]) => {
  if (!tables.some((table) => table.name === MIGRATIONS_TABLE)) return []
  const { rows } = await client.query<{ name: string }>(`select name from ${quoteTable(MIGRATIONS_TABLE)} order by id`)
  return rows.map((row) => row.name)
}

/** Every sequence of the public schema with the table that owns it (serial / identity columns). */
const readSequences = async (client: pg.Client) => {
  const { rows } = await client.query<{ name: string; table: string | null }>(`
    select s.relname as name, t.relname as table
    from pg_class s
    join pg_namespace n on n.oid = s.relnamespace
    left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
      and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
    left join pg_class t on t.oid = d.refobjid
    where n.nspname = 'public' and s.relkind = 'S'
    order by s.relname`)
  const sequences: Record<string, DumpSequence> = {}
  for (const { name, table } of rows) {
    const { rows: state } = await client.query<{ value: string; called: boolean }>(
      `select last_value::text as value, is_called as called from ${quoteTable(name)}`,
    )
    sequences[name] = { table, value: state[0].value, called: state[0].called }
  }
  return sequences
}

const batchLine = (table: string, rows: string[]) => `{"table":${JSON.stringify(table)},"rows":[${rows.join(',')}]}\n`

/** Postgres writes each row as JSON (so every type converts the way it reads back); Node only joins them. */
async function* tableLines(client: pg.Client, table: string): AsyncGenerator<string> {
  await client.query(`declare dump_rows no scroll cursor for select to_json(dumped.*)::text as json from ${quoteTable(table)} dumped`)
  for (;;) {
    const { rows } = await client.query<{ json: string }>(`fetch ${FETCH_ROWS} from dump_rows`)
    if (!rows.length) break
    let batch: string[] = []
    let chars = 0
    for (const { json } of rows) {
      if (batch.length && chars + json.length > MAX_BATCH_CHARS) {
        yield batchLine(table, batch)
        batch = []
        chars = 0
      }
      batch.push(json)
      chars += json.length
    }
    yield batchLine(table, batch)
  }
  await client.query('close dump_rows')
}

/** Writes the SQL dump of the database `client` is connected to; returns the tables and rows written. */
const writeSqlDump = async (client: pg.Client, file: string) => {
  // One snapshot for the whole dump: rows, counts and migrations all from the same moment.
  await client.query('begin isolation level repeatable read read only')
  try {
    const listed = await listTables(client)
    const tables: DumpTable[] = []
    for (const { name, columns } of listed) tables.push({ name, rows: await countRows(client, name), columns })
    const header: DumpHeader = {
      format: DUMP_FORMAT,
      version: DUMP_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v,
      migrations: await migrationNames(client, tables),
      tables,
    }
    async function* lines() {
      yield JSON.stringify(header) + '\n'
      for (const table of tables) yield* tableLines(client, table.name)
      // Sequences move outside transactions; read last, they are at least as far as any row dumped.
      yield JSON.stringify({ sequences: await readSequences(client) }) + '\n'
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: PRIVATE_FILE }))
    return { tables: tables.length, rows: tables.reduce((sum, table) => sum + table.rows, 0) }
  } finally {
    await client.query('rollback').catch(() => {})
  }
}

const writePgDump = async (url: string, file: string) => {
  await runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], url)
  await chmod(file, PRIVATE_FILE)
  return {}
}

/**
 * Backs up the database at `url` to `out` (or the default file). The file
 * appears only when complete: it is written beside its final name first.
 */
export const backupDatabase = async (url: string, { out, method: requested }: { out?: string; method: RequestedMethod }) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const serverMajor = Math.floor(
      Number((await client.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0].v) / 10000,
    )
    const method = chooseMethod(requested, serverMajor)
    const file = path.resolve(out ?? defaultBackupFile(method))
    const partial = `${file}.partial`
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    try {
      const counts = method === 'sql' ? await writeSqlDump(client, partial) : await writePgDump(url, partial)
      await rename(partial, file)
      const summary: BackupSummary = { file, method, ...counts, bytes: (await stat(file)).size }
      return summary
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    }
  } finally {
    await client.end()
  }
}
