import { createHash } from 'node:crypto'

import { RateLimiterRes, type RateLimiterPostgres } from 'rate-limiter-flexible'

import { AppError } from '@/lib/errors'
import { clientKey } from './clientKey'
import { MISSING_RELATION, counter, createStore, type Store } from './store'

const MINUTE = 60
const perMinute = Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE) || 10

/**
 * The budgets, per operation. An "account" is the email as typed (normalised),
 * whether or not an account uses it, so a refusal says nothing about existence.
 * Sign-in has no lockout of the account itself:
 * - per address and account: 5 attempts in 15 minutes (a success starts again);
 * - per address: `perMinute` attempts a minute, whatever the accounts;
 * - per account, from all addresses together: past 5 × `perMinute` (50) attempts in 15 minutes
 *   every address is slowed to one attempt per 5 minutes on that account. The
 *   person can still sign in from their own address; a crowd of addresses
 *   guessing one password is slowed, never given the power to lock them out.
 */
export const LIMITS = {
  signInPerAddress: { points: perMinute, seconds: MINUTE },
  signInPerAccountAndAddress: { points: 5, seconds: 15 * MINUTE },
  signInPerAccount: { points: perMinute * 5, seconds: 15 * MINUTE },
  signInSlowLane: { points: 1, seconds: 5 * MINUTE },
  forgotPerAddress: { points: Math.ceil(perMinute / 2), seconds: MINUTE },
  // Mail flooding one person's inbox.
  forgotPerAccount: { points: 3, seconds: 15 * MINUTE },
  resetPerAddress: { points: perMinute, seconds: MINUTE },
  invitationSendPerAddress: { points: perMinute * 3, seconds: MINUTE },
  invitationSendPerManager: { points: perMinute * 3, seconds: MINUTE },
  invitationAcceptPerAddress: { points: perMinute, seconds: MINUTE },
} as const

type LimitName = keyof typeof LIMITS

export const TOO_MANY_MESSAGE = 'Too many attempts. Please wait a few minutes and try again.'

/** Who is trying: the client's address as Express settled on it, and for account operations the email typed. */
export interface Attempt {
  address: string | null | undefined
  email?: string
}

/** The email as Payload compares it (trimmed, lower case), hashed: the counters never hold an address book. */
export const accountKey = (email: string) => createHash('sha256').update(email.normalize('NFKC').trim().toLowerCase()).digest('hex').slice(0, 32)

const WARN_EVERY_MS = 30_000

export interface AttemptLimitsOptions {
  databaseUrl: string | undefined
  /** Separates unrelated sets of counters on one database (tests); every instance of one deployment must use the same. */
  namespace?: string
  warn?: (message: string, error: unknown) => void
}

/**
 * Sign-in, password reset and invitation budgets, counted where the operation
 * runs (Payload hooks, the site's actions), in Postgres so every instance on
 * one database shares them.
 *
 * Fails open: when the counters cannot be read or written in time, the attempt
 * goes ahead and a warning is logged at most every 30 s. The operations behind
 * the limits need the same database to do anything, and refusing would lock
 * everyone out for a counter.
 */
export const createAttemptLimits = ({ databaseUrl, namespace = 'ops', warn = (message, error) => console.warn(`${message}: ${(error as Error)?.message ?? String(error)}`) }: AttemptLimitsOptions) => {
  const store: Store | null = databaseUrl ? createStore(databaseUrl) : null
  const counters = new Map<LimitName, RateLimiterPostgres>()
  const counterFor = (name: LimitName) => {
    let existing = counters.get(name)
    if (!existing && store) {
      const { points, seconds } = LIMITS[name]
      // Address-only budgets are never reset early, so an instance may remember a refusal in memory.
      existing = counter(store, `${namespace}:${name}`, points, seconds, name.endsWith('PerAddress'))
      counters.set(name, existing)
    }
    return existing ?? null
  }
  let lastWarnedAt = 0
  const failOpen = (error: unknown) => {
    if (Date.now() - lastWarnedAt < WARN_EVERY_MS) return
    lastWarnedAt = Date.now()
    warn('attempt limit counters unavailable; letting attempts through (fail open)', error)
  }
  if (!store) failOpen(new Error('no DATABASE_URL'))

  /** Spends one point; resolves to the wait in ms when over budget, 0 otherwise (also when the counters are unavailable). */
  const spend = async (name: LimitName, key: string, retried = false): Promise<{ wait: number; consumed: number }> => {
    const limiter = counterFor(name)
    if (!limiter) return { wait: 0, consumed: 0 }
    try {
      const result = await limiter.consume(key)
      return { wait: 0, consumed: result.consumedPoints }
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return { wait: Math.max(1, outcome.msBeforeNext), consumed: outcome.consumedPoints }
      const code = (outcome as { code?: string } | null)?.code
      if (!retried && code && MISSING_RELATION.has(code) && store && (await store.ensureTable())) return spend(name, key, true)
      failOpen(outcome)
      return { wait: 0, consumed: 0 }
    }
  }

  const refuseIfOver = (waits: number[]) => {
    const wait = Math.max(0, ...waits)
    if (wait > 0) throw new AppError('too-many', TOO_MANY_MESSAGE, { retryAfterSeconds: Math.ceil(wait / 1000) })
  }

  const keysOf = ({ address, email }: Attempt) => {
    const client = clientKey(address)
    const account = accountKey(email ?? '')
    return { client, account, pair: `${account}:${client}` }
  }

  return {
    /** Before a password is checked; throws AppError 'too-many' (with `details.retryAfterSeconds`) when over budget. */
    signIn: async (attempt: Attempt) => {
      const { client, account, pair } = keysOf(attempt)
      const [perAddress, perPair, perAccount] = await Promise.all([
        spend('signInPerAddress', client),
        spend('signInPerAccountAndAddress', pair),
        spend('signInPerAccount', account),
      ])
      const waits = [perAddress.wait, perPair.wait]
      if (perAccount.wait > 0) waits.push((await spend('signInSlowLane', pair)).wait)
      refuseIfOver(waits)
    },
    /** A correct password from this address: its own budget for the account starts again (the account's does not). */
    signedIn: async (attempt: Attempt) => {
      const { pair } = keysOf(attempt)
      await Promise.all((['signInPerAccountAndAddress', 'signInSlowLane'] as const).map((name) => counterFor(name)?.delete(pair).catch(failOpen)))
    },
    forgotPassword: async (attempt: Attempt) => {
      const { client, account } = keysOf(attempt)
      const results = await Promise.all([spend('forgotPerAddress', client), spend('forgotPerAccount', account)])
      refuseIfOver(results.map((result) => result.wait))
    },
    resetPassword: async (attempt: Attempt) => {
      refuseIfOver([(await spend('resetPerAddress', keysOf(attempt).client)).wait])
    },
    invitationSend: async (attempt: Attempt & { managerId: number | string }) => {
      const results = await Promise.all([spend('invitationSendPerAddress', keysOf(attempt).client), spend('invitationSendPerManager', String(attempt.managerId))])
      refuseIfOver(results.map((result) => result.wait))
    },
    invitationAccept: async (attempt: Attempt) => {
      refuseIfOver([(await spend('invitationAcceptPerAddress', keysOf(attempt).client)).wait])
    },
    close: async () => {
      await store?.close()
    },
  }
}

export type AttemptLimits = ReturnType<typeof createAttemptLimits>

// On globalThis: Next's server bundle and the Express server load this module separately, and must share one pool.
const holder = globalThis as { peerpathAttemptLimits?: AttemptLimits | null }

/** The process's limits on its own database (DATABASE_URL, set before Payload loads). */
export const attemptLimits = (): AttemptLimits => (holder.peerpathAttemptLimits ??= createAttemptLimits({ databaseUrl: process.env.DATABASE_URL }))

/** Ends the counters' pool (tests, shutdown); a later call starts a new one. */
export const closeAttemptLimits = async () => {
  const current = holder.peerpathAttemptLimits
  holder.peerpathAttemptLimits = null
  await current?.close()
}
