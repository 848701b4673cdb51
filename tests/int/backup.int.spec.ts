import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultBackupFile } from '@/lib/backup/dump'
import { runScript, SCRIPT_TIMEOUT_MS } from '../helpers/cli'

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const publicTables = async (client: pg.Client) =>
  (
    await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
  ).rows.map((row) => row.name)

/** Row count and a hash of every row's text, per table: equal fingerprints, equal data. */
const fingerprint = (url: string) =>
  withClient(url, async (client) => {
    const result: Record<string, { rows: number; hash: string }> = {}
    for (const name of await publicTables(client)) {
      const { rows } = await client.query<{ rows: number; hash: string }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as hash from ${pg.escapeIdentifier(name)} r`,
      )
      result[name] = rows[0]
    }
    return result
  })

const rowsOf = (url: string, table: string) =>
  withClient(
    url,
    async (client) => (await client.query(`select to_jsonb(r.*) as row from ${pg.escapeIdentifier(table)} r order by id`)).rows,
  )

/**
 * payload_migrations is compared, not restored: its timestamps are the target's own. The jobs queue's tables
 * (payload_jobs*) are left out of the comparison: Payload's scheduler may queue the next scheduled run in the
 * source at any moment between the backup and the comparison. They are backed up and restored like every table.
 */
const withoutMigrations = <T extends Record<string, unknown>>(tables: T) =>
  Object.fromEntries(Object.entries(tables).filter(([name]) => name !== 'payload_migrations' && !name.startsWith('payload_jobs')))

const rewriteDump = (from: string, to: string, edit: (lines: string[]) => string[]) => {
  const lines = gunzipSync(readFileSync(from)).toString('utf8').split('\n')
  writeFileSync(to, gzipSync(edit(lines).join('\n')))
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /)

describe('database backup and restore', () => {
  const source = process.env.DATABASE_URL!
  const dir = mkdtempSync(path.join(tmpdir(), 'peerpath-backup-'))
  const backup = path.join(dir, 'backup.sql.json.gz')
  const targetName = `peerpath_restore_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const targetUrl = (() => {
    const url = new URL(source)
    url.pathname = `/${targetName}`
    return url.toString()
  })()
  const marker = {
    email: `backup-${Date.now().toString(36)}@test.peerpath.example`,
    // Quotes, a backslash, a newline and characters outside ASCII must survive the JSON round trip.
    name: `Zoë "O'Brien" \\ Núñez\nsegunda línea 😀`,
  }
  let markerUserId = 0

  beforeAll(async () => {
    await withClient(source, async (client) => {
      await client.query(`create database ${pg.escapeIdentifier(targetName)}`)
      const { rows } = await client.query<{ id: number }>('insert into users (name, email) values ($1, $2) returning id', [
        marker.name,
        marker.email,
      ])
      markerUserId = rows[0].id
      await client.query(
        `insert into progress (user_id, lesson_id, module_id, status, started_at, last_seen_at, time_spent_seconds, last_position)
         select $1, id, module_id, 'in-progress', '2026-01-02T03:04:05.678Z', '2026-01-02T03:14:05.5Z', 12.5, 0.375
         from lessons order by id limit 1`,
        [markerUserId],
      )
    })
  })

  afterAll(async () => {
    await withClient(source, async (client) => {
      await client.query('delete from progress where user_id = $1', [markerUserId])
      await client.query('delete from users where id = $1', [markerUserId])
      await client.query(`drop database if exists ${pg.escapeIdentifier(targetName)} with (force)`)
    })
  })

  it('names backups by UTC time under backups/', () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5))
    expect(defaultBackupFile('sql', at)).toBe(path.resolve('backups', 'peerpath-20260102-030405.sql.json.gz'))
    expect(defaultBackupFile('pg_dump', at)).toBe(path.resolve('backups', 'peerpath-20260102-030405.pgdump'))
  })

  it('backs up, and restores into an empty database every row and where the sequences were', async () => {
    const backedUp = runScript('scripts/db-backup.ts', ['--format', 'sql', '--out', backup], source)
    expect(backedUp.status, backedUp.explain).toBe(0)
    expect(backedUp.stdout.trim()).toBe(backup)
    expect(backedUp.stderr).toMatch(/\d+ tables, \d+ rows, \d+ bytes in [\d.]+ s/)
    expect(existsSync(`${backup}.partial`)).toBe(false)

    const restored = runScript('scripts/db-restore.ts', [backup], targetUrl)
    expect(restored.status, restored.explain).toBe(0)
    expect(restored.stderr).toMatch(/db:restore: \d+ tables, \d+ rows from .* in [\d.]+ s/)

    const [before, after] = await Promise.all([fingerprint(source), fingerprint(targetUrl)])
    expect(Object.keys(after)).toEqual(Object.keys(before))
    expect(withoutMigrations(after)).toEqual(withoutMigrations(before))
    expect(after.payload_migrations.rows).toBe(before.payload_migrations.rows)

    for (const table of ['users', 'lessons_locales', 'progress'])
      expect(await rowsOf(targetUrl, table)).toEqual(await rowsOf(source, table))
    const [spanishTitle] = await withClient(
      targetUrl,
      async (client) => (await client.query("select title from lessons_locales where _locale = 'es' order by id limit 1")).rows,
    )
    expect(spanishTitle.title).toMatch(/\S/)
    const markerRows = await withClient(
      targetUrl,
      async (client) =>
        (
          await client.query(
            `select u.name, u.email, p.time_spent_seconds::text as spent, p.last_position::text as position,
             to_char(p.started_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') as started
           from users u join progress p on p.user_id = u.id where u.id = $1`,
            [markerUserId],
          )
        ).rows,
    )
    expect(markerRows).toEqual([
      { name: marker.name, email: marker.email, spent: '12.5', position: '0.375', started: '2026-01-02 03:04:05.678' },
    ])

    // The next user gets a fresh id, not one a restored row already has.
    const maxId = await withClient(
      source,
      async (client) => (await client.query<{ max: number }>('select max(id) as max from users')).rows[0].max,
    )
    const nextId = await withClient(targetUrl, async (client) => {
      const { rows } = await client.query<{ id: number }>(
        "insert into users (name, email) values ('New', 'new-after-restore@test.peerpath.example') returning id",
      )
      return rows[0].id
    })
    expect(nextId).toBeGreaterThan(maxId)
  }, 2 * SCRIPT_TIMEOUT_MS)

  it('restoring over changed data brings back the backup state', async () => {
    const expected = await fingerprint(targetUrl)
    await withClient(targetUrl, async (client) => {
      await client.query('delete from progress')
      await client.query("update lessons_locales set title = 'changed after the backup'")
      await client.query('delete from users where id = $1', [markerUserId])
    })
    expect(await fingerprint(targetUrl)).not.toEqual(expected)

    const restored = runScript('scripts/db-restore.ts', [backup], targetUrl)
    expect(restored.status, restored.explain).toBe(0)
    // The user inserted by the previous test is gone too: the backup did not have it.
    expect(withoutMigrations(await fingerprint(targetUrl))).toEqual(withoutMigrations(await fingerprint(source)))
  }, 2 * SCRIPT_TIMEOUT_MS)

  it('refuses a file that is not a backup, or a damaged one, with exit code 2 and changes nothing', async () => {
    const before = await fingerprint(targetUrl)
    const notBackup = path.join(dir, 'notes.txt')
    writeFileSync(notBackup, 'just some notes\n')
    const otherGzip = path.join(dir, 'other.json.gz')
    writeFileSync(otherGzip, gzipSync(JSON.stringify({ format: 'peerpath-curriculum', version: 1 })))
    const truncated = path.join(dir, 'truncated.sql.json.gz')
    const whole = readFileSync(backup)
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)))

    const cases: [string[], RegExp][] = [
      [[notBackup], /is not a PeerPath backup/],
      [[otherGzip], /is not a PeerPath backup/],
      [[truncated], /is damaged/],
      [[path.join(dir, 'missing.sql.json.gz')], /cannot read .*ENOENT/],
      [[], /usage: npm run db:restore/],
    ]
    for (const [args, message] of cases) {
      const result = runScript('scripts/db-restore.ts', args, targetUrl)
      expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toMatch(/nothing was restored/)
      noStackTrace(result.stderr)
    }
    expect(await fingerprint(targetUrl)).toEqual(before)
  }, 2 * SCRIPT_TIMEOUT_MS)

  it('is all or nothing: a schema mismatch is refused, a failure half-way is rolled back', async () => {
    const before = await fingerprint(targetUrl)

    const future = path.join(dir, 'future.sql.json.gz')
    rewriteDump(backup, future, ([header, ...rest]) => {
      const parsed = JSON.parse(header)
      return [JSON.stringify({ ...parsed, migrations: [...parsed.migrations, '20991231_000000_future'] }), ...rest]
    })
    const refused = runScript('scripts/db-restore.ts', [future], targetUrl)
    expect(refused.status, refused.stderr).toBe(2)
    expect(refused.stderr).toMatch(/20991231_000000_future/)
    noStackTrace(refused.stderr)
    expect(await fingerprint(targetUrl)).toEqual(before)

    // Every table before `users` is already truncated and reloaded when this batch fails.
    const broken = path.join(dir, 'broken.sql.json.gz')
    rewriteDump(backup, broken, (lines) =>
      lines.map((line) => {
        if (!line.startsWith('{"table":"users"')) return line
        const batch = JSON.parse(line)
        batch.rows[batch.rows.length - 1].email = null
        return JSON.stringify(batch)
      }),
    )
    const failed = runScript('scripts/db-restore.ts', [broken], targetUrl)
    expect(failed.status, failed.stderr).toBe(1)
    expect(failed.stderr).toMatch(/email.*not-null|not-null.*email/)
    expect(failed.stderr).toMatch(/nothing was restored/)
    noStackTrace(failed.stderr)
    expect(await fingerprint(targetUrl)).toEqual(before)
  }, 2 * SCRIPT_TIMEOUT_MS)
})
