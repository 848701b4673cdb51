import http from 'node:http'

import express, { type RequestHandler } from 'express'
import pg from 'pg'
import pino from 'pino'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { freePort } from '@/db/freePort'
import { createApp } from '@/http/app'
import { AUTH_RATE_LIMITS, RATE_LIMIT_SCHEMA, RATE_LIMIT_TABLE, rateLimit } from '@/http/rateLimit'
import { trustProxyHops } from '@/http/trustProxy'
import { listen } from '../helpers/http'

const logger = pino({ level: 'silent' })
const echoNext: RequestHandler = (_req, res) => {
  res.json({ reachedNext: true })
}
const LOGIN = AUTH_RATE_LIMITS.find((rule) => rule.path === '/api/users/login')!
const TABLE = `"${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}"`

type Instance = Awaited<ReturnType<typeof listen>>

/** One PeerPath Express shell as a separate instance would build it, with TRUST_PROXY as given. */
const startInstance = async (trustProxy?: string): Promise<Instance> => {
  const saved = process.env.TRUST_PROXY
  if (trustProxy === undefined) delete process.env.TRUST_PROXY
  else process.env.TRUST_PROXY = trustProxy
  try {
    return await listen(createApp({ databaseUrl: process.env.DATABASE_URL!, logger, dev: false, nextHandler: echoNext }).app)
  } finally {
    if (saved === undefined) delete process.env.TRUST_PROXY
    else process.env.TRUST_PROXY = saved
  }
}

/** A POST with the request target sent exactly as written (fetch would resolve dot segments first). */
const post = (instance: Instance, target: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; retryAfter: string | undefined; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(instance.url)
    const request = http.request(
      { host: hostname, port, method: 'POST', path: target, agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'] as string | undefined, body }))
      },
    )
    request.on('error', reject)
    request.end('{}')
  })

describe('rate limits shared by every instance on one database', () => {
  let db: pg.Client
  const instances: Instance[] = []
  const start = async (trustProxy?: string) => {
    const instance = await startInstance(trustProxy)
    instances.push(instance)
    return instance
  }

  beforeAll(async () => {
    db = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await db.connect()
  })
  // Counters outlive an app (that is the point); each test, and the files after this one, start from none.
  beforeEach(async () => {
    await db.query(`delete from ${TABLE}`)
  })
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()))
    await db.query(`delete from ${TABLE}`)
    await db.end()
  })

  it('splits one budget between two instances and answers 429 JSON with Retry-After at the limit', async () => {
    const [a, b] = [await start(), await start()]
    const statuses: number[] = []
    for (let i = 0; i < LOGIN.limit; i++) statuses.push((await post(i % 2 ? b : a, '/api/users/login')).status)
    expect(statuses).toEqual(Array(LOGIN.limit).fill(200))
    for (const instance of [a, b]) {
      const limited = await post(instance, '/api/users/login')
      expect(limited.status).toBe(429)
      expect(Number(limited.retryAfter)).toBeGreaterThan(0)
      expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60)
      expect(JSON.parse(limited.body)).toEqual({ error: expect.stringMatching(/too many/i) })
    }
    const { rows } = await db.query(`select key, points from ${TABLE}`)
    expect(rows).toEqual([{ key: 'auth:POST /api/users/login:127.0.0.1', points: expect.any(Number) }])
    expect(rows[0].points).toBeGreaterThan(LOGIN.limit)
    // Other routes and other rules are not touched by the exhausted budget.
    expect((await post(a, '/api/lessons')).status).toBe(200)
    expect((await post(b, '/reset-password')).status).toBe(200)
  })

  it('lets exactly the limit through when a burst hits both instances at once', async () => {
    const [a, b] = [await start(), await start()]
    const burst = await Promise.all(Array.from({ length: LOGIN.limit * 3 }, (_, i) => post(i % 2 ? b : a, '/api/users/login')))
    const statuses = burst.map((response) => response.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(LOGIN.limit)
    expect(statuses.filter((status) => status === 429)).toHaveLength(LOGIN.limit * 2)
  })

  it('counts every spelling of the path in the same bucket', async () => {
    const [a, b] = [await start(), await start()]
    const spellings = [
      '/api/users/%6cogin',
      '/api/users/%6C%6F%67%69%6E',
      '/api/users/./login',
      '/api/users//login',
      '//api/users/login',
      '/API/USERS/LOGIN/',
      '/api/users/x/../login',
      '/api/users/login/?next=/',
      `http://127.0.0.1/api/users/login`,
    ]
    const statuses: number[] = []
    for (let i = 0; i < LOGIN.limit; i++) statuses.push((await post(i % 2 ? b : a, spellings[i % spellings.length]!)).status)
    expect(statuses).toEqual(Array(LOGIN.limit).fill(200))
    // The plain spelling finds the budget spent, and so does every other one, on both instances.
    expect((await post(a, '/api/users/login')).status).toBe(429)
    for (const spelling of spellings) {
      expect((await post(a, spelling)).status, spelling).toBe(429)
      expect((await post(b, spelling)).status, spelling).toBe(429)
    }
  })

  it('with TRUST_PROXY=1, keeps clients behind the proxy apart by X-Forwarded-For and ignores what they prepend', async () => {
    const [a, b] = [await start('1'), await start('1')]
    const client = { 'x-forwarded-for': '203.0.113.7' }
    for (let i = 0; i < LOGIN.limit; i++) expect((await post(i % 2 ? b : a, '/api/users/login', client)).status).toBe(200)
    expect((await post(a, '/api/users/login', client)).status).toBe(429)
    expect((await post(b, '/api/users/login', client)).status).toBe(429)
    // A different client keeps its own budget, on either instance.
    expect((await post(a, '/api/users/login', { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200)
    expect((await post(b, '/api/users/login', { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200)
    // The proxy appends the address it saw; whatever the client wrote in front of it does not count.
    expect((await post(a, '/api/users/login', { 'x-forwarded-for': '198.51.100.99, 203.0.113.7' })).status).toBe(429)
  })

  it('without TRUST_PROXY, ignores X-Forwarded-For: a client cannot buy fresh budgets by inventing addresses', async () => {
    const [a, b] = [await start(), await start()]
    const statuses: number[] = []
    for (let i = 0; i <= LOGIN.limit; i++) {
      statuses.push((await post(i % 2 ? b : a, '/api/users/login', { 'x-forwarded-for': `198.51.100.${i + 1}` })).status)
    }
    expect(statuses.slice(0, LOGIN.limit)).toEqual(Array(LOGIN.limit).fill(200))
    expect(statuses.at(-1)).toBe(429)
  })

  it('refuses TRUST_PROXY=true and anything that is not a hop count', () => {
    expect(trustProxyHops(undefined)).toBe(0)
    expect(trustProxyHops('0')).toBe(0)
    expect(trustProxyHops('1')).toBe(1)
    expect(trustProxyHops('2')).toBe(2)
    expect(() => trustProxyHops('true')).toThrow(/TRUST_PROXY=true .*number of reverse proxies/)
    expect(() => trustProxyHops('loopback')).toThrow(/TRUST_PROXY must be a number/)
  })

  it('fails open, quickly and with a warning, when the counters database is unreachable', async () => {
    const warnings: unknown[] = []
    const unreachable = `postgres://postgres:x@127.0.0.1:${await freePort()}/none`
    const app = express()
    app.use(rateLimit({ databaseUrl: unreachable, logger: { warn: (...args: unknown[]) => void warnings.push(args) } as never }))
    app.use(echoNext)
    const instance = await listen(app)
    instances.push(instance)
    const started = Date.now()
    const statuses: number[] = []
    for (let i = 0; i <= LOGIN.limit + 2; i++) statuses.push((await post(instance, '/api/users/login')).status)
    expect(statuses).toEqual(Array(LOGIN.limit + 3).fill(200))
    expect(Date.now() - started).toBeLessThan(5_000)
    // Once per 30 s, not once per request.
    expect(warnings).toHaveLength(1)
    expect(JSON.stringify(warnings[0])).toMatch(/fail open/)
  })
})
