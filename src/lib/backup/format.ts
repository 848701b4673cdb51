import { execFile } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { promisify } from 'node:util'
import { createGunzip } from 'node:zlib'

import pg from 'pg'
import { z } from 'zod'

import { resolveDatabase } from '@/db/resolveDatabase'

/**
 * The file `db:backup` writes when it dumps over SQL: gzip-compressed JSON
 * lines. The first line is the header, then one line per batch of rows, then
 * the sequences, whose line also marks the end (a file cut short has none).
 */
export const DUMP_FORMAT = 'peerpath-sql-dump'
export const DUMP_VERSION = 1

const tableSchema = z.object({ name: z.string().min(1), rows: z.number().int().min(0), columns: z.array(z.string()) })

const headerSchema = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(DUMP_VERSION),
  createdAt: z.string(),
  serverVersion: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(tableSchema),
})

const batchSchema = z.object({ table: z.string(), rows: z.array(z.record(z.string(), z.unknown())) })

const sequenceSchema = z.object({ table: z.string().nullable(), value: z.string().regex(/^-?\d+$/), called: z.boolean() })
const sequencesSchema = z.object({ sequences: z.record(z.string(), sequenceSchema) })

export type DumpHeader = z.infer<typeof headerSchema>
export type DumpTable = z.infer<typeof tableSchema>
export type DumpSequence = z.infer<typeof sequenceSchema>

export type DumpLine =
  { kind: 'batch'; table: string; rows: number; json: string } | { kind: 'sequences'; sequences: Record<string, DumpSequence> }

/** The table whose rows say which migrations built the schema; it is compared, never restored. */
export const MIGRATIONS_TABLE = 'payload_migrations'

/** The user's mistake (wrong file, wrong database): exit code 2, nothing touched. */
export class BackupRefusal extends Error {}

export const quoteTable = (name: string) => `public.${pg.escapeIdentifier(name)}`

export type BackupFileKind = 'sql-dump' | 'pg_dump'

/** Tells the two kinds of backup apart by their first bytes (gzip, or pg_dump's custom archive). */
export const backupFileKind = async (file: string): Promise<BackupFileKind> => {
  const start = Buffer.alloc(5)
  let bytesRead = 0
  try {
    const handle = await open(file, 'r')
    try {
      bytesRead = (await handle.read(start, 0, 5, 0)).bytesRead
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw new BackupRefusal(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? oneLine(error)})`)
  }
  if (bytesRead >= 2 && start[0] === 0x1f && start[1] === 0x8b) return 'sql-dump'
  if (bytesRead === 5 && start.toString('latin1') === 'PGDMP') return 'pg_dump'
  throw new BackupRefusal(`${file} is not a PeerPath backup`)
}

/** Decompressed lines of a dump; a damaged file is a refusal, not a crash. */
async function* rawLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file)
  const gunzip = createGunzip()
  source.on('error', (error) => gunzip.destroy(error))
  source.pipe(gunzip).setEncoding('utf8')
  let rest = ''
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n')
      rest = parts.pop()!
      for (const part of parts) yield part
    }
  } catch (error) {
    throw new BackupRefusal(`${file} is damaged (${(error as Error).message})`)
  } finally {
    source.destroy()
  }
  if (rest) yield rest
}

const parseLine = (file: string, line: string, number: number): unknown => {
  try {
    return JSON.parse(line)
  } catch {
    throw new BackupRefusal(`${file} is damaged (line ${number} is not JSON)`)
  }
}

export const readDumpHeader = async (file: string): Promise<DumpHeader> => {
  for await (const line of rawLines(file)) {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      break
    }
    const header = headerSchema.safeParse(value)
    if (header.success) return header.data
    break
  }
  throw new BackupRefusal(`${file} is not a PeerPath backup (no ${DUMP_FORMAT} version ${DUMP_VERSION} header)`)
}

/**
 * The lines after the header. Each batch keeps its original JSON text so
 * Postgres, not Node, turns it back into rows.
 */
export async function* readDumpBody(file: string): AsyncGenerator<DumpLine> {
  let number = 0
  for await (const line of rawLines(file)) {
    number++
    if (number === 1 || !line) continue
    const value = parseLine(file, line, number)
    const batch = batchSchema.safeParse(value)
    if (batch.success) {
      yield { kind: 'batch', table: batch.data.table, rows: batch.data.rows.length, json: line }
      continue
    }
    const sequences = sequencesSchema.safeParse(value)
    if (sequences.success) {
      yield { kind: 'sequences', sequences: sequences.data.sequences }
      continue
    }
    throw new BackupRefusal(`${file} is damaged (line ${number} is neither rows nor sequences)`)
  }
}

/**
 * Runs pg_dump or pg_restore against `url`. libpq reads the password from the
 * environment, so it never shows in the process list; a failure is its last
 * line of output.
 */
export const runPgTool = async (tool: 'pg_dump' | 'pg_restore', args: string[], url: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env }
  let dbname = url
  try {
    const parsed = new URL(url)
    if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password)
    parsed.password = ''
    dbname = parsed.toString()
  } catch {
    // Not a URL (a libpq "key=value" string): handed over as it is.
  }
  try {
    await promisify(execFile)(tool, [`--dbname=${dbname}`, ...args], { env, maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupRefusal(`${tool} is not installed`)
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim()
    throw new Error(`${tool}: ${stderr.split('\n').pop() || (error as Error).message}`)
  }
}

/** Error text for a person: the first line only, never a stack. */
export const oneLine = (error: unknown): string => {
  const { message, code, errors } = (error ?? {}) as { message?: string; code?: string; errors?: unknown[] }
  // An AggregateError (every address of a host refused) has no message of its own.
  if (!message && errors?.length) return oneLine(errors[0])
  return String(message || code || error).split('\n')[0]
}

/**
 * The frame both commands share: the configured or embedded database, one
 * line on failure (exit 2 for a refusal, 1 otherwise) saying what it means
 * (`onFailure`), and the embedded database left as it was found (resolveDatabase
 * leaves a cluster that was already running alone).
 */
export const runBackupCommand = async (
  command: string,
  work: (databaseUrl: string) => Promise<number>,
  { onFailure }: { onFailure: string },
): Promise<never> => {
  let exitCode = 1
  let stop = async () => {}
  try {
    const db = await resolveDatabase((message) => console.error(message))
    stop = db.stop
    exitCode = await work(db.url)
  } catch (error) {
    exitCode = error instanceof BackupRefusal ? 2 : 1
    console.error(`${command}: ${oneLine(error)}; ${onFailure}`)
  } finally {
    await stop().catch(() => {})
  }
  process.exit(exitCode)
}
