import pg from 'pg'
import { RateLimiterPostgres } from 'rate-limiter-flexible'

/**
 * The counters live in Postgres, in a schema of their own so Payload's
 * development schema push (which diffs `public` only) neither sees nor drops
 * them. Created by the migration 20261201_090000_rate_limits; created here too
 * when missing (the development server pushes instead of migrating).
 * The columns are the ones rate-limiter-flexible's Postgres store expects.
 * Unlogged: no WAL flush per attempt (about 1 ms per check here instead of 4),
 * at the price of counters that start again from nothing after a database crash.
 */
export const RATE_LIMIT_SCHEMA = 'rate_limit'
export const RATE_LIMIT_TABLE = 'buckets'
const QUALIFIED_TABLE = `"${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}"`
const CREATE_TABLE_SQL = `
  create schema if not exists "${RATE_LIMIT_SCHEMA}";
  create unlogged table if not exists ${QUALIFIED_TABLE} (
    key varchar(255) primary key,
    points integer not null default 0,
    expire bigint
  );`

/** A limit check waits at most this long for the database before the attempt goes ahead. */
export const RATE_LIMIT_DB_TIMEOUT_MS = 1000
const MINUTE = 60_000
const CLEANUP_EVERY_MS = 5 * MINUTE
const RETRY_CREATE_AFTER_MS = MINUTE

export interface Store {
  pool: pg.Pool
  /** Creates the schema and table if they are missing; resolves to whether they now exist. */
  ensureTable: () => Promise<boolean>
  close: () => Promise<void>
}

export const createStore = (connectionString: string): Store => {
  const pool = new pg.Pool({
    connectionString,
    max: 5,
    connectionTimeoutMillis: RATE_LIMIT_DB_TIMEOUT_MS,
    // Client-side, so no startup parameter a connection pooler might refuse; a timed-out client is discarded.
    query_timeout: RATE_LIMIT_DB_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
    // Never what keeps a process alive: the server's shutdown does not need to know about it.
    allowExitOnIdle: true,
  })
  pool.on('error', () => {
    // An idle client lost its server (a database restart, the embedded cluster stopping at shutdown); the next check reconnects.
  })
  let creating: Promise<boolean> | null = null
  let lastFailedAt = 0
  const ensureTable = () => {
    if (Date.now() - lastFailedAt < RETRY_CREATE_AFTER_MS) return Promise.resolve(false)
    creating ??= pool
      .query(CREATE_TABLE_SQL)
      .then(() => true)
      .catch((error: { code?: string }) => {
        // Another instance creating the same schema or table at the same moment.
        if (error.code === '23505' || error.code === '42P06' || error.code === '42P07') return true
        lastFailedAt = Date.now()
        return false
      })
      .finally(() => {
        creating = null
      })
    return creating
  }
  // Rows expired an hour ago are dead weight (one per rule and key that tried within the hour).
  const cleanup = setInterval(() => {
    pool.query(`delete from ${QUALIFIED_TABLE} where expire < $1`, [Date.now() - 60 * MINUTE]).catch(() => {})
  }, CLEANUP_EVERY_MS)
  cleanup.unref()
  return {
    pool,
    ensureTable,
    close: async () => {
      clearInterval(cleanup)
      await pool.end().catch(() => {})
    },
  }
}

/** One fixed-window counter on the shared table: `points` per `durationSeconds`, per key. */
export const counter = (store: Store, keyPrefix: string, points: number, durationSeconds: number, blockInMemory = false) =>
  new RateLimiterPostgres({
    storeClient: store.pool,
    storeType: 'pool',
    schemaName: RATE_LIMIT_SCHEMA,
    tableName: RATE_LIMIT_TABLE,
    // The migration made it; never DDL at startup (the library would throw, unhandled, if that failed).
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: durationSeconds,
    // Once over the limit, this instance refuses from memory until the window ends: hammering costs no queries.
    // Only for counters that are never reset early (a reset on one instance would not reach another's memory).
    ...(blockInMemory ? { inMemoryBlockOnConsumed: points + 1 } : {}),
  })

/** Postgres codes for "the counters table or its schema is missing". */
export const MISSING_RELATION = new Set(['42P01', '3F000'])
