import { isIPv4, isIPv6 } from 'node:net'

import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

import pg from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { normalisedPath } from './routePath'

interface Rule {
  /** Requests matching this method and path prefix share a budget per client address. */
  method: string
  path: string
  limit: number
  windowMs: number
}

const perMinute = Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE) || 10
const MINUTE = 60_000

/** Sign-in, password-reset and invitation forms and endpoints: the targets of guessing and of mail flooding. */
export const AUTH_RATE_LIMITS: Rule[] = [
  { method: 'POST', path: '/api/users/login', limit: perMinute, windowMs: MINUTE },
  { method: 'POST', path: '/login', limit: perMinute, windowMs: MINUTE },
  { method: 'POST', path: '/api/users/forgot-password', limit: Math.ceil(perMinute / 2), windowMs: MINUTE },
  { method: 'POST', path: '/forgot-password', limit: Math.ceil(perMinute / 2), windowMs: MINUTE },
  { method: 'POST', path: '/api/users/reset-password', limit: perMinute, windowMs: MINUTE },
  { method: 'POST', path: '/reset-password', limit: perMinute, windowMs: MINUTE },
  // Invitations send email (managers invite one by one or upload a CSV), and their links are tokens worth guessing.
  { method: 'POST', path: '/api/invitations', limit: perMinute * 3, windowMs: MINUTE },
  { method: 'POST', path: '/manage/people', limit: perMinute * 3, windowMs: MINUTE },
  { method: 'POST', path: '/invite', limit: perMinute, windowMs: MINUTE },
]

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

/** A limit check waits at most this long for the database before the request goes ahead. */
export const RATE_LIMIT_DB_TIMEOUT_MS = 1000
const WARN_EVERY_MS = 30_000
const CLEANUP_EVERY_MS = 5 * MINUTE
const RETRY_CREATE_AFTER_MS = MINUTE

interface Store {
  pool: pg.Pool
  /** Creates the schema and table if they are missing; resolves to whether they now exist. */
  ensureTable: () => Promise<boolean>
  cleanup: NodeJS.Timeout
}

/** One pool per database URL and process, however many apps (tests build many) use it. */
const stores = new Map<string, Store>()

const storeFor = (connectionString: string): Store => {
  const existing = stores.get(connectionString)
  if (existing) return existing
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
  // Rows expired an hour ago are dead weight (one per rule and address that tried within the hour).
  const cleanup = setInterval(() => {
    pool.query(`delete from ${QUALIFIED_TABLE} where expire < $1`, [Date.now() - 60 * MINUTE]).catch(() => {})
  }, CLEANUP_EVERY_MS)
  cleanup.unref()
  const store = { pool, ensureTable, cleanup }
  stores.set(connectionString, store)
  return store
}

/** Ends the limiters' pools (tests; a server process may simply exit, the pools do not hold it). */
export const closeRateLimitStores = async () => {
  const all = [...stores.values()]
  stores.clear()
  await Promise.all(
    all.map((store) => {
      clearInterval(store.cleanup)
      return store.pool.end().catch(() => {})
    }),
  )
}

const MISSING_RELATION = new Set(['42P01', '3F000'])

/**
 * The bucket a client's requests count in: the address Express settled on
 * (`req.ip`, which honours TRUST_PROXY), with IPv4-mapped IPv6 written as
 * IPv4, and IPv6 reduced to its /64, the block one host or home is given, so
 * rotating through one's own addresses does not buy fresh budgets.
 */
export const clientKey = (ip: string | undefined): string => {
  if (!ip) return 'unknown'
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)
  if (mapped?.[1]) return mapped[1]
  if (isIPv4(ip)) return ip
  const address = ip.split('%')[0] ?? ip
  if (!isIPv6(address)) return ip
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`
}

const ipv6Groups = (address: string): string[] => {
  let text = address.toLowerCase()
  const v4Tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4Tail) {
    const [a, b, c, d] = v4Tail.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, v4Tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const start = head ? head.split(':') : []
  const end = tail ? tail.split(':') : []
  const groups = tail === undefined ? start : [...start, ...Array<string>(8 - start.length - end.length).fill('0'), ...end]
  return groups.map((group) => Number.parseInt(group || '0', 16).toString(16))
}

interface RateLimitOptions {
  rules?: Rule[]
  /** The database whose table holds the counters; every instance on it shares them. */
  databaseUrl?: string
  logger?: Pick<Logger, 'warn'>
  /** Separates unrelated sets of counters on one database (tests); every instance of one deployment must use the same. */
  namespace?: string
}

/**
 * Fixed windows per rule and client address, counted in Postgres
 * (rate-limiter-flexible's atomic upsert), so several instances behind a
 * balancer share one budget instead of each granting its own.
 *
 * Fails open: when the counters cannot be read or written in time (database
 * unreachable, slow, or the table missing and not creatable), the request goes
 * ahead and a warning is logged at most every 30 s. Availability wins here
 * because the limits guard sign-in, reset and invitation endpoints that need
 * the same database to do anything: while it is down there is nothing to guess
 * against, and refusing would lock everyone out for a counter.
 */
export const rateLimit = ({ rules = AUTH_RATE_LIMITS, databaseUrl = process.env.DATABASE_URL, logger, namespace = 'auth' }: RateLimitOptions = {}): RequestHandler => {
  const store = databaseUrl ? storeFor(databaseUrl) : null
  const limits = rules.map((rule) => {
    const method = rule.method.toUpperCase()
    const path = normalisedPath(rule.path)
    return {
      method,
      path,
      limiter: store
        ? new RateLimiterPostgres({
            storeClient: store.pool,
            storeType: 'pool',
            schemaName: RATE_LIMIT_SCHEMA,
            tableName: RATE_LIMIT_TABLE,
            // The migration made it; never DDL at startup (the library would throw, unhandled, if that failed).
            tableCreated: true,
            clearExpiredByTimeout: false,
            keyPrefix: `${namespace}:${method} ${path}`,
            points: rule.limit,
            duration: Math.max(1, Math.ceil(rule.windowMs / 1000)),
            // Once over the limit, this instance answers 429 from memory until the window ends: hammering costs no queries.
            inMemoryBlockOnConsumed: rule.limit + 1,
          })
        : null,
    }
  })
  let lastWarnedAt = 0
  const warn = (error: unknown, rule: string) => {
    if (Date.now() - lastWarnedAt < WARN_EVERY_MS) return
    lastWarnedAt = Date.now()
    const message = 'rate limit counters unavailable; letting requests through (fail open)'
    if (logger) logger.warn({ err: error, rule }, message)
    else console.warn(`${message}: ${rule}: ${(error as Error)?.message ?? String(error)}`)
  }
  if (!store) warn(new Error('no DATABASE_URL'), 'all')

  return (req, res, next) => {
    const method = req.method.toUpperCase()
    const path = normalisedPath(req.originalUrl || req.url)
    const rule = limits.find((candidate) => candidate.method === method && (path === candidate.path || path.startsWith(`${candidate.path}/`)))
    if (!rule?.limiter) return next()
    const limiter = rule.limiter
    const key = clientKey(req.ip)
    const consume = (retried: boolean): Promise<void> =>
      limiter.consume(key).then(
        () => next(),
        async (outcome: unknown) => {
          if (outcome instanceof RateLimiterRes) {
            res.setHeader('Retry-After', String(Math.max(1, Math.ceil(outcome.msBeforeNext / 1000))))
            res.status(429).json({ error: 'Too many attempts. Please wait a minute and try again.' })
            return
          }
          const code = (outcome as { code?: string } | null)?.code
          if (!retried && code && MISSING_RELATION.has(code) && store && (await store.ensureTable())) return consume(true)
          warn(outcome, `${rule.method} ${rule.path}`)
          next()
        },
      )
    void consume(false).catch(next)
  }
}
