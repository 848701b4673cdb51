import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { AUTH_MAIL_QUEUE, requestPasswordReset } from '@/lib/auth/passwordReset'
import { pgPool } from '@/lib/db'
import { consoleOutbox } from '@/lib/email'
import { LIMITS, attemptLimits } from '@/lib/limits/attempts'
import { CLIENT_ADDRESS_HEADER } from '@/lib/limits/clientAddress'
import { api, gql } from '../helpers/api'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { testPayload, uniqueEmail } from '../helpers/payload'

const TRIES = 7
const SLOW = 180_000
/**
 * Median difference allowed between existing and unknown accounts: 50 ms, or
 * a fifth of the slower median when a busy machine stretches every password
 * hash to seconds. Without the equal path the gap is the whole hash (an
 * unknown email answered in a few ms), far outside either bound.
 */
const allowedGap = (times: { existing: number[]; unknown: number[] }) => Math.max(50, 0.2 * Math.max(median(times.existing), median(times.unknown)))

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now()
  const result = await work()
  return { ms: performance.now() - started, result }
}

let addresses = 0
const from = (address = `192.0.2.${++addresses}`) => ({ [CLIENT_ADDRESS_HEADER]: address })

/** Runs `existing` and `unknown` interleaved TRIES times; returns both medians and the answers. */
const compare = async <T>(existing: (i: number) => Promise<T>, unknown: (i: number) => Promise<T>) => {
  const times = { existing: [] as number[], unknown: [] as number[] }
  const answers = { existing: [] as T[], unknown: [] as T[] }
  // One warm-up each: the first call of a kind pays for code loading, not for the account.
  await existing(-1)
  await unknown(-1)
  for (let i = 0; i < TRIES; i++) {
    const a = await timed(() => existing(i))
    const b = await timed(() => unknown(i))
    times.existing.push(a.ms)
    times.unknown.push(b.ms)
    answers.existing.push(a.result)
    answers.unknown.push(b.result)
  }
  return { gap: Math.abs(median(times.existing) - median(times.unknown)), times, answers }
}

describe('no account enumeration', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('sign-in: the same status, body and time for a wrong password and an unknown email (REST)', async () => {
    const { user } = await createUser(payload, 'learner')
    const { gap, times, answers } = await compare(
      () => api('POST', '/users/login', { body: { email: user.email, password: 'not-the-password' }, headers: from() }),
      (i) => api('POST', '/users/login', { body: { email: uniqueEmail(`nobody${i}`), password: 'not-the-password' }, headers: from() }),
    )
    for (const response of [...answers.existing, ...answers.unknown]) {
      expect(response.status).toBe(401)
      expect(response.body).toEqual(answers.existing[0]!.body)
    }
    expect(gap, JSON.stringify(times)).toBeLessThan(allowedGap(times))
  }, SLOW)

  it('sign-in: the same GraphQL answer for a wrong password and an unknown email', async () => {
    const { user } = await createUser(payload, 'learner')
    const attempt = (email: string) => gql(`mutation { loginUser(email: ${JSON.stringify(email)}, password: "not-the-password") { token } }`, { headers: from() })
    const [existing, unknown] = [await attempt(user.email), await attempt(uniqueEmail('nobody'))]
    expect(existing.status).toBe(unknown.status)
    expect(existing.body.errors.map((error: { message: string }) => error.message)).toEqual(unknown.body.errors.map((error: { message: string }) => error.message))
  }, SLOW)

  it('lockout: the same refusal for an existing and an unknown account once one address used its budget', async () => {
    const { user } = await createUser(payload, 'learner')
    const refusals = []
    for (const email of [user.email, uniqueEmail('nobody')]) {
      const address = from()
      for (let i = 0; i < LIMITS.signInPerAccountAndAddress.points; i++) {
        expect((await api('POST', '/users/login', { body: { email, password: 'wrong' }, headers: address })).status).toBe(401)
      }
      refusals.push(await api('POST', '/users/login', { body: { email, password: PASSWORD }, headers: address }))
    }
    const [existing, unknown] = refusals
    expect(existing!.status).toBe(429)
    expect(unknown!.status).toBe(429)
    expect(existing!.body.error).toBe(unknown!.body.error)
    expect(Object.keys(existing!.body).sort()).toEqual(Object.keys(unknown!.body).sort())
    expect(Math.abs(existing!.body.details.retryAfterSeconds - unknown!.body.details.retryAfterSeconds)).toBeLessThanOrEqual(2)
  }, SLOW)

  it('lockout: someone shut out from one address still signs in from another', async () => {
    const { user } = await createUser(payload, 'learner')
    const attacker = from()
    for (let i = 0; i <= LIMITS.signInPerAccountAndAddress.points; i++) await api('POST', '/users/login', { body: { email: user.email, password: 'guess' }, headers: attacker })
    expect((await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD }, headers: attacker })).status).toBe(429)
    const owner = await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD }, headers: from() })
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()
  }, SLOW)

  it('lockout: many addresses guessing one account slow it down but never shut its owner out', async () => {
    const { user } = await createUser(payload, 'learner')
    // A crowd spends the account's whole ceiling (counted as the hook counts it, without paying for 50 password hashes).
    for (let i = 0; i < LIMITS.signInPerAccount.points; i++) await attemptLimits().signIn({ email: user.email, address: `198.51.100.${i}` })
    const owner = from()
    expect((await api('POST', '/users/login', { body: { email: user.email, password: 'typo' }, headers: owner })).status).toBe(401)
    // Past the ceiling one attempt per address and 5 minutes: slowed...
    expect((await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD }, headers: owner })).status).toBe(429)
    // ...but from any address, the right password gets in.
    expect((await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD }, headers: from() })).status).toBe(200)
  }, SLOW)

  it('forgot-password: the same answer and time for existing and unknown emails, REST and GraphQL', async () => {
    const users = await Promise.all(Array.from({ length: TRIES + 1 }, () => createUser(payload, 'learner')))
    const { gap, times, answers } = await compare(
      (i) => api('POST', '/users/forgot-password', { body: { email: users[i + 1]!.user.email }, headers: from() }),
      (i) => api('POST', '/users/forgot-password', { body: { email: uniqueEmail(`nobody${i}`) }, headers: from() }),
    )
    for (const response of [...answers.existing, ...answers.unknown]) {
      expect(response.status).toBe(200)
      expect(response.body).toEqual(answers.existing[0]!.body)
    }
    expect(gap, JSON.stringify(times)).toBeLessThan(allowedGap(times))

  }, SLOW)

  it('forgot-password over GraphQL: the same answer and time for existing and unknown emails, and no token written in the request', async () => {
    const users = await Promise.all(Array.from({ length: TRIES + 1 }, () => createUser(payload, 'learner')))
    const graphql = async (email: string) => (await gql(`mutation { forgotPasswordUser(email: ${JSON.stringify(email)}) }`, { headers: from() })).body
    const { gap, times, answers } = await compare(
      (i) => graphql(users[i + 1]!.user.email),
      (i) => graphql(uniqueEmail(`nobody-gql${i}`)),
    )
    for (const answer of [...answers.existing, ...answers.unknown]) expect(answer).toEqual({ data: { forgotPasswordUser: true } })
    expect(gap, JSON.stringify(times)).toBeLessThan(allowedGap(times))
    // Payload's own resolver set a reset token on a known account before answering (the slower path); the token now comes from the job.
    const tokens = await pgPool(payload).query('select reset_password_token from users where id = any($1::int[])', [users.map(({ user }) => user.id)])
    expect(tokens.rows.map((row: { reset_password_token: string | null }) => row.reset_password_token)).toEqual(users.map(() => null))
    // Payload's arguments are still accepted; a blank email is refused as it was.
    expect((await gql('mutation { forgotPasswordUser(email: "x@example.org", disableEmail: true, expiration: 60) }', { headers: from() })).body).toEqual({ data: { forgotPasswordUser: true } })
    expect((await gql('mutation { forgotPasswordUser(email: "  ") }', { headers: from() })).body.errors?.[0]?.message).toBe('Missing email.')
  }, SLOW)

  it('forgot-password: no mail work in the request; the reset link arrives from the jobs queue and works', async () => {
    // One after another: three parallel sign-ins (each a password hash) can wait out the pool on a busy machine.
    const viaRest = await createUser(payload, 'learner')
    const viaGraphql = await createUser(payload, 'learner')
    const viaSite = await createUser(payload, 'learner')
    expect((await api('POST', '/users/forgot-password', { body: { email: viaRest.user.email }, headers: from() })).status).toBe(200)
    expect((await gql(`mutation { forgotPasswordUser(email: ${JSON.stringify(viaGraphql.user.email)}) }`, { headers: from() })).body.errors).toBeUndefined()
    // What the site's forgot-password form runs.
    await requestPasswordReset(payload, { email: viaSite.user.email.toUpperCase(), address: '192.0.2.250' })
    // The outbox keeps the last 100 mails, so count by recipient (each user is new), never by position.
    const mailsTo = (email: string) => consoleOutbox.filter((mail) => mail.to === email)
    for (const { user } of [viaRest, viaGraphql, viaSite]) expect(mailsTo(user.email)).toHaveLength(0)

    // Run the queue until the three mails are out (earlier files queue reset jobs too, and on a busy
    // machine a job may fail its first try and be retried), for at most 60 s.
    const people = [viaRest, viaGraphql, viaSite]
    const deadline = Date.now() + 60_000
    while (people.some(({ user }) => mailsTo(user.email).length === 0) && Date.now() < deadline) {
      // A few at a time, as the server runs them: each job holds a connection for its transaction.
      await payload.jobs.run({ queue: AUTH_MAIL_QUEUE, limit: 5 })
      if (people.some(({ user }) => mailsTo(user.email).length === 0)) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const jobs = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: AUTH_MAIL_QUEUE } }, limit: 20, depth: 0 })
    const jobState = JSON.stringify(jobs.docs.map((job) => ({ input: job.input, hasError: job.hasError, error: job.error, processing: job.processing })))
    for (const { user } of [viaRest, viaGraphql, viaSite]) {
      const mails = mailsTo(user.email)
      expect(mails, `${user.email}; queue: ${jobState}`).toHaveLength(1)
      const token = decodeURIComponent(String(mails[0]!.html).match(/reset-password\?token=([A-Za-z0-9%]+)/)?.[1] ?? '')
      expect(token).not.toBe('')
      const reset = await api('POST', '/users/reset-password', { body: { token, password: 'a-brand-new-password' }, headers: from() })
      expect(reset.status, user.email).toBe(200)
      expect((await api('POST', '/users/login', { body: { email: user.email, password: 'a-brand-new-password' }, headers: from() })).status).toBe(200)
    }
  }, SLOW)
})
