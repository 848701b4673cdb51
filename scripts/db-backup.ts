/**
 * `npm run db:backup [-- --out FILE] [--format auto|sql|pg_dump]`: a backup
 * of the configured (or embedded) database. Prints the file to stdout.
 * `auto` uses pg_dump when the installed one can read this server, else the
 * SQL dump, which db:restore reads back on any server.
 */
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { backupDatabase } from '@/lib/backup/dump'
import { oneLine, runBackupCommand } from '@/lib/backup/format'

const USAGE = 'usage: npm run db:backup [-- --out FILE] [--format auto|sql|pg_dump]'

const argsSchema = z.object({
  out: z.string().min(1).optional(),
  format: z.enum(['auto', 'sql', 'pg_dump']).default('auto'),
})

let args: z.infer<typeof argsSchema>
try {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' }, format: { type: 'string' } } })
  args = argsSchema.parse(values)
} catch (error) {
  console.error(`db:backup: ${error instanceof z.ZodError ? 'unknown --format' : oneLine(error)}\n${USAGE}`)
  process.exit(2)
}

await runBackupCommand(
  'db:backup',
  async (databaseUrl) => {
    const started = performance.now()
    const summary = await backupDatabase(databaseUrl, { out: args.out, method: args.format })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const contents = summary.method === 'sql' ? `${summary.tables} tables, ${summary.rows} rows` : 'pg_dump archive'
    console.error(`db:backup: ${contents}, ${summary.bytes} bytes in ${seconds} s`)
    console.log(summary.file)
    return 0
  },
  { onFailure: 'no backup was written' },
)
