import pg from 'pg'

/**
 * Exact row count of every table in the public schema, by name, except Payload's jobs queue
 * (payload_jobs*): its rows come and go on the queue's own clock (scheduled reminders, reset mails
 * queued by other files), so they say nothing about what the code under test wrote.
 */
export const tableCounts = async (): Promise<Record<string, number>> => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
    const counts: Record<string, number> = {}
    for (const { name } of tables.filter((table) => !table.name.startsWith('payload_jobs'))) {
      const { rows } = await client.query<{ n: string }>(`select count(*)::text as n from "${name}"`)
      counts[name] = Number(rows[0].n)
    }
    return counts
  } finally {
    await client.end()
  }
}
