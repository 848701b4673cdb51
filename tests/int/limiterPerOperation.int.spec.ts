import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SITE_CLIENT_ADDRESS } from '@/lib/auth/attemptAddress'
import { requestPasswordReset } from '@/lib/auth/passwordReset'
import { LIMITS, TOO_MANY_MESSAGE, attemptLimits, createAttemptLimits } from '@/lib/limits/attempts'
import { CLIENT_ADDRESS_HEADER } from '@/lib/limits/clientAddress'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { createTeam } from '../helpers/organizations'
import { testPayload, uniqueEmail } from '../helpers/payload'
import { rawPost, type Shell, startPayloadShell } from '../helpers/payloadShell'

// Every wrong password costs a full password hash: seconds each on a busy machine.
const SLOW = 120_000
const SIGN_IN_BUDGET = LIMITS.signInPerAccountAndAddress.points
const FORGOT_BUDGET = LIMITS.forgotPerAccount.points

let addresses = 0
/** A client address of each test's own (behind the shells' one trusted proxy), so budgets never leak between tests. */
const newClient = () => {
  addresses++
  return { 'x-forwarded-for': `203.0.${(addresses >> 8) & 255}.${addresses & 255}` }
}

const expectTooMany = (response: { status: number; retryAfter: string | undefined; body: unknown }, label = '') => {
  expect(response.status, label).toBe(429)
  expect(Number(response.retryAfter), label).toBeGreaterThan(0)
  expect(response.body, label).toMatchObject({ error: TOO_MANY_MESSAGE, details: { retryAfterSeconds: expect.any(Number) } })
}

const loginAliases = (count: number, email: string, password: string) =>
  `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token }`).join(' ')} }`

describe('one sign-in budget per account and address, whatever the door', () => {
  let payload: Payload
  let a: Shell
  let b: Shell

  beforeAll(async () => {
    payload = await testPayload()
    // Two Express shells on one database: the budget is the operation's, not the instance's.
    ;[a, b] = [await startPayloadShell(), await startPayloadShell()]
  })
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()])
  })

  it('counts /api/users/login under every spelling in one budget, on both instances, and then refuses even the right password', async () => {
    const { user } = await createUser(payload, 'learner')
    const client = newClient()
    const spellings = ['/api/users/%6cogin', '/api/users/./login', '/api/users/%6C%6F%67%69%6E', '/api/users/x/../login', '/api/users/login']
    for (let i = 0; i < SIGN_IN_BUDGET; i++) {
      const failed = await rawPost(i % 2 ? b : a, spellings[i % spellings.length]!, { email: user.email, password: 'wrong-password' }, client)
      expect(failed.status, spellings[i % spellings.length]).toBe(401)
    }
    for (const spelling of spellings) {
      expectTooMany(await rawPost(a, spelling, { email: user.email, password: PASSWORD }, client), spelling)
      expectTooMany(await rawPost(b, spelling, { email: user.email.toUpperCase(), password: PASSWORD }, client), spelling)
    }
    // Another address is not shut out (see noEnumeration.int.spec.ts for the lockout policy).
    expect((await rawPost(a, '/api/users/login', { email: user.email, password: PASSWORD }, newClient())).status).toBe(200)
  }, SLOW)

  it('limits one address across many accounts', async () => {
    const client = newClient()
    const statuses: number[] = []
    for (let i = 0; i <= LIMITS.signInPerAddress.points; i++) {
      statuses.push((await rawPost(a, '/api/users/login', { email: uniqueEmail('nobody'), password: 'wrong-password' }, client)).status)
    }
    expect(statuses.slice(0, -1)).toEqual(Array(LIMITS.signInPerAddress.points).fill(401))
    expect(statuses.at(-1)).toBe(429)
  }, SLOW)

  // 10 is the most aliases an anonymous GraphQL request may carry (src/http/graphqlBounds.ts refuses more before anything runs).
  it('counts GraphQL aliases one by one: 10 loginUser in one request are cut off after the budget', async () => {
    const { user } = await createUser(payload, 'learner')
    const response = await rawPost(a, '/api/graphql', { query: loginAliases(10, user.email, 'wrong-password') }, newClient())
    const messages: string[] = (response.body.errors ?? []).map((error: { message: string }) => error.message)
    expect(messages).toHaveLength(10)
    expect(messages.filter((message) => message === TOO_MANY_MESSAGE)).toHaveLength(10 - SIGN_IN_BUDGET)
    expect(messages.slice(0, SIGN_IN_BUDGET).every((message) => message !== TOO_MANY_MESSAGE)).toBe(true)
    expect(JSON.stringify(response.body.data ?? {})).not.toMatch(/"token":"/)
  }, SLOW)

  it('shares the budget between REST, GraphQL and the site action (Local API marked with the visitor address)', async () => {
    const { user } = await createUser(payload, 'learner')
    const client = newClient()
    const address = client['x-forwarded-for']
    await rawPost(a, '/api/users/login', { email: user.email, password: 'wrong' }, client)
    await rawPost(b, '/api/graphql', { query: loginAliases(2, user.email, 'wrong') }, client)
    // What src/app/(site)/_server/signInAs.ts does for the sign-in form (posted to whatever page, e.g. /verify/x).
    const siteAttempt = (password: string) =>
      payload.login({ collection: 'users', data: { email: user.email, password }, context: { [SITE_CLIENT_ADDRESS]: address } }).then(
        () => 200,
        (error: { status?: number }) => error.status,
      )
    expect(await siteAttempt('wrong')).toBe(401)
    expect(await siteAttempt('wrong')).toBe(401)
    expect(await siteAttempt(PASSWORD)).toBe(429)
    expectTooMany(await rawPost(a, '/api/users/login', { email: user.email, password: PASSWORD }, client))
  }, SLOW)

  it('never limits the server’s own Local API calls (seed, scripts, tests)', async () => {
    const { user } = await createUser(payload, 'learner')
    for (let i = 0; i < SIGN_IN_BUDGET * 3; i++) {
      await expect(payload.login({ collection: 'users', data: { email: user.email, password: 'wrong' } })).rejects.toMatchObject({ status: 401 })
    }
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).resolves.toMatchObject({ token: expect.any(String) })
  }, SLOW)

  it('limits forgot-password per account under any spelling and through GraphQL, the same for unknown emails', async () => {
    for (const email of [(await createUser(payload, 'learner')).user.email, uniqueEmail('nobody')]) {
      const statuses: number[] = []
      const doors = [
        () => rawPost(a, '/api/users/%66orgot-password', { email }, newClient()),
        () => rawPost(b, '/api/users/./forgot-password', { email }, newClient()),
        () => rawPost(a, '/api/graphql', { query: `mutation { forgotPasswordUser(email: ${JSON.stringify(email)}) }` }, newClient()),
      ]
      for (let i = 0; i < FORGOT_BUDGET; i++) {
        const response = await doors[i % doors.length]!()
        expect(response.status).toBe(200)
        expect(response.body.errors).toBeUndefined()
        statuses.push(response.status)
      }
      expectTooMany(await rawPost(b, '/api/users/%66orgot-password', { email }, newClient()))
      const graphql = await rawPost(a, '/api/graphql', { query: `mutation { forgotPasswordUser(email: ${JSON.stringify(email)}) }` }, newClient())
      expect(graphql.body.errors?.[0]?.message).toBe(TOO_MANY_MESSAGE)
      // The site's form goes through the same domain function.
      await expect(requestPasswordReset(payload, { email, address: '192.0.2.200' })).rejects.toMatchObject({ code: 'too-many' })
    }
  }, SLOW)

  it('limits reset-password attempts per address under any spelling', async () => {
    const client = newClient()
    for (let i = 0; i < LIMITS.resetPerAddress.points; i++) {
      const response = await rawPost(i % 2 ? a : b, i % 2 ? '/api/users/reset-p%61ssword' : '/api/users/./reset-password', { token: `guess-${i}`, password: 'a-new-password-1' }, client)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(429)
    }
    expectTooMany(await rawPost(a, '/api/users/reset-password', { token: 'guess', password: 'a-new-password-1' }, client))
  }, SLOW)

  it('limits creating invitations under /api/%69nvitations per address and sender', async () => {
    const team = await createTeam(payload, 'Limit org')
    const client = { ...newClient(), authorization: `JWT ${team.manager.token}` }
    const statuses: number[] = []
    for (let i = 0; i < LIMITS.invitationSendPerAddress.points; i++) statuses.push((await rawPost(i % 2 ? a : b, '/api/%69nvitations', {}, client)).status)
    // Empty bodies are refused by validation, after they were counted.
    expect(statuses.every((status) => status === 400)).toBe(true)
    expectTooMany(await rawPost(a, '/api/%69nvitations', { email: uniqueEmail('invitee'), name: 'Invitee' }, client))
    expectTooMany(await rawPost(b, '/api/invitations', { email: uniqueEmail('invitee'), name: 'Invitee' }, client))
  }, SLOW)

  it('limits trying invitation links per address (the accept form counts before the token is looked up)', async () => {
    const limits = attemptLimits()
    for (let i = 0; i < LIMITS.invitationAcceptPerAddress.points; i++) await limits.invitationAccept({ address: '192.0.2.77' })
    await expect(limits.invitationAccept({ address: '192.0.2.77' })).rejects.toMatchObject({ code: 'too-many', details: { retryAfterSeconds: expect.any(Number) } })
    await expect(limits.invitationAccept({ address: '192.0.2.78' })).resolves.toBeUndefined()
  }, SLOW)

  it('hands Payload the address Express settled on, never one the client wrote in the internal header', async () => {
    const { user } = await createUser(payload, 'learner')
    const client = newClient()
    for (let i = 0; i < SIGN_IN_BUDGET; i++) {
      // A client rotating the internal header (and what it prepends to X-Forwarded-For) buys nothing.
      const forged = { [CLIENT_ADDRESS_HEADER]: `198.51.100.${i}`, 'x-forwarded-for': `198.51.100.${i}, ${client['x-forwarded-for']}` }
      expect((await rawPost(a, '/api/users/login', { email: user.email, password: 'wrong' }, forged)).status).toBe(401)
    }
    expectTooMany(await rawPost(b, '/api/users/login', { email: user.email, password: PASSWORD }, client))
  }, SLOW)
})

describe('two instances share the counters on one database', () => {
  const instances = [createAttemptLimits({ databaseUrl: process.env.DATABASE_URL, namespace: 'two-instances' }), createAttemptLimits({ databaseUrl: process.env.DATABASE_URL, namespace: 'two-instances' })]
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()))
  })

  it('grants one budget, not one each, even to a burst on both at once', async () => {
    const attempt = { email: uniqueEmail('burst'), address: '192.0.2.10' }
    const outcomes = await Promise.allSettled(Array.from({ length: SIGN_IN_BUDGET * 3 }, (_, i) => instances[i % 2]!.signIn(attempt)))
    // One budget between both: never more than it. (A burst may get a little less: each attempt also spends the
    // address's per-minute budget, and the two counters see the burst's attempts in different orders.)
    const granted = outcomes.filter((outcome) => outcome.status === 'fulfilled').length
    expect(granted).toBeGreaterThan(0)
    expect(granted).toBeLessThanOrEqual(SIGN_IN_BUDGET)
    for (const instance of instances) await expect(instance.signIn(attempt)).rejects.toMatchObject({ code: 'too-many' })
  }, SLOW)

  it('fails open, quickly and with one warning, when the counters database is unreachable', async () => {
    const warnings: unknown[] = []
    const unreachable = createAttemptLimits({ databaseUrl: 'postgres://postgres:x@127.0.0.1:1/none', warn: (...args) => void warnings.push(args) })
    const started = Date.now()
    for (let i = 0; i <= SIGN_IN_BUDGET + 2; i++) await unreachable.signIn({ email: 'someone@example.com', address: '192.0.2.11' })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(warnings).toHaveLength(1)
    expect(JSON.stringify(warnings[0])).toMatch(/fail open/)
    await unreachable.close()
  }, SLOW)
})
