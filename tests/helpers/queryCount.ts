import pg from 'pg'

type QueryFn = typeof pg.Client.prototype.query

/**
 * Counts the SQL statements sent by every pg client in this process while
 * `work` runs (Payload's pool included), so a test can hold a route to a budget. Statements on
 * Payload's jobs queue (payload_jobs*) are left out: a runner or scheduler polls it on its own clock,
 * which is no part of the work measured.
 */
export const countQueries = async <T>(work: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> => {
  const original: QueryFn = pg.Client.prototype.query
  const statements: string[] = []
  pg.Client.prototype.query = function (this: pg.Client, ...args: Parameters<QueryFn>) {
    const [first] = args as unknown[]
    const text = typeof first === 'string' ? first : ((first as { text?: string })?.text ?? '')
    if (!/payload_jobs/.test(text)) statements.push(text)
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as QueryFn
  try {
    const result = await work()
    return { result, queries: statements.length, statements }
  } finally {
    pg.Client.prototype.query = original
  }
}
