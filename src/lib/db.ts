import type { PoolClient, Pool } from 'pg'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/**
 * The Postgres pool behind Payload, for the few writes that need a single
 * atomic statement (upserts, capped inserts) the Local API cannot express.
 */
export const pgPool = (payload: Payload): Pool => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('PeerPath needs the Postgres adapter')
  return pool
}

type Rows = Record<string, unknown>[]
export type SqlQuery = <R extends object[] = Rows>(text: string, params?: unknown[]) => Promise<R>

/**
 * Raw SQL that joins the request's transaction when it has one (hooks run
 * inside Payload's), otherwise runs on the pool.
 */
export const sqlFor = (req: PayloadRequest): SqlQuery => {
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db: { session: { client: PoolClient } } }> }).sessions
  // Drizzle's node-postgres transaction keeps its pinned pg client on `session.client`.
  const client = req.transactionID ? sessions?.[String(req.transactionID)]?.db.session.client : undefined
  const runner = client ?? pgPool(req.payload)
  return async (text, params) => (await runner.query(text, params)).rows as never
}

/**
 * Runs `work` in one Payload transaction. `req` carries the transaction for
 * Local API calls; `query` runs raw SQL on the same connection, for the
 * atomic claims (a single-use token, a once-a-day send) the Local API cannot
 * express. Anything thrown rolls everything back.
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (tx: { req: PayloadRequest; query: SqlQuery }) => Promise<T>,
  user?: PayloadRequest['user'],
): Promise<T> => {
  const req = await createLocalReq(user ? { user } : {}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (!transactionID) throw new Error('PeerPath needs a database with transactions')
  req.transactionID = transactionID
  const query = sqlFor(req)
  try {
    const result = await work({ req, query })
    await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
