import http from 'node:http'

import type { RequestHandler } from 'express'
import pg from 'pg'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '@/http/app'
import { trustProxyHops } from '@/http/trustProxy'
import { LIMITS, createAttemptLimits } from '@/lib/limits/attempts'
import { clientKey } from '@/lib/limits/clientKey'
import { CLIENT_ADDRESS_HEADER } from '@/lib/limits/clientAddress'
import { RATE_LIMIT_SCHEMA, RATE_LIMIT_TABLE } from '@/lib/limits/store'
import { listen } from '../helpers/http'

const logger = pino({ level: 'silent' })
/** Stands in for Next: answers with the client address Express handed on, which is what Payload and the actions count by. */
const echoAddress: RequestHandler = (req, res) => {
  res.json({ address: req.headers[CLIENT_ADDRESS_HEADER] ?? null })
}
const TABLE = `"${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}"`

type Instance = Awaited<ReturnType<typeof listen>>

/** One PeerPath Express shell as a separate instance would build it, with TRUST_PROXY as given. */
const startInstance = async (trustProxy?: string): Promise<Instance> => {
  const saved = process.env.TRUST_PROXY
  if (trustProxy === undefined) delete process.env.TRUST_PROXY
  else process.env.TRUST_PROXY = trustProxy
  try {
    return await listen(createApp({ databaseUrl: process.env.DATABASE_URL!, logger, dev: false, nextHandler: echoAddress }).app)
  } finally {
    if (saved === undefined) delete process.env.TRUST_PROXY
    else process.env.TRUST_PROXY = saved
  }
}

const addressSeen = (instance: Instance, headers: Record<string, string> = {}) =>
  new Promise<string | null>((resolve, reject) => {
    const { hostname, port } = new URL(instance.url)
    http
      .get({ host: hostname, port, path: '/verify/x', agent: false, headers }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve((JSON.parse(body) as { address: string | null }).address))
      })
      .on('error', reject)
  })

describe('the client address every limit counts by', () => {
  const instances: Instance[] = []
  const start = async (trustProxy?: string) => {
    const instance = await startInstance(trustProxy)
    instances.push(instance)
    return instance
  }
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()))
  })

  it('without TRUST_PROXY is the socket’s: X-Forwarded-For and the internal header sent by the client are ignored', async () => {
    const instance = await start()
    expect(await addressSeen(instance)).toBe('127.0.0.1')
    expect(await addressSeen(instance, { 'x-forwarded-for': '198.51.100.7', [CLIENT_ADDRESS_HEADER]: '198.51.100.8' })).toBe('127.0.0.1')
  })

  it('with TRUST_PROXY=1 is what the one proxy appended, whatever the client wrote in front of it', async () => {
    const instance = await start('1')
    expect(await addressSeen(instance, { 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7')
    expect(await addressSeen(instance, { 'x-forwarded-for': '198.51.100.99, 203.0.113.7', [CLIENT_ADDRESS_HEADER]: '198.51.100.99' })).toBe('203.0.113.7')
  })

  it('with TRUST_PROXY=2 skips exactly two proxies', async () => {
    const instance = await start('2')
    expect(await addressSeen(instance, { 'x-forwarded-for': '198.51.100.99, 203.0.113.7, 10.0.0.2' })).toBe('203.0.113.7')
  })

  it('refuses TRUST_PROXY=true and anything that is not a hop count', () => {
    expect(trustProxyHops(undefined)).toBe(0)
    expect(trustProxyHops('0')).toBe(0)
    expect(trustProxyHops('1')).toBe(1)
    expect(trustProxyHops('2')).toBe(2)
    expect(() => trustProxyHops('true')).toThrow(/TRUST_PROXY=true .*number of reverse proxies/)
    expect(() => trustProxyHops('loopback')).toThrow(/TRUST_PROXY must be a number/)
  })

  it('puts one IPv6 /64 and an IPv4-mapped address in one bucket', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'))
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'))
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(clientKey(undefined)).toBe('unknown')
  })
})

describe('counters shared by every instance on one database', () => {
  let db: pg.Client
  const limits = [createAttemptLimits({ databaseUrl: process.env.DATABASE_URL, namespace: 'shared-test' }), createAttemptLimits({ databaseUrl: process.env.DATABASE_URL, namespace: 'shared-test' })]

  beforeAll(async () => {
    db = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await db.connect()
  })
  afterAll(async () => {
    await Promise.all(limits.map((instance) => instance.close()))
    await db.query(`delete from ${TABLE} where key like 'shared-test:%'`)
    await db.end()
  })

  it('splits one per-address budget between two instances, keyed by address and never by email', async () => {
    const address = '2001:db8:77:1::5'
    for (let i = 0; i < LIMITS.forgotPerAddress.points; i++) await limits[i % 2]!.forgotPassword({ address, email: `person-${i}@example.com` })
    // Another address in the same /64 is the same client.
    await expect(limits[0]!.forgotPassword({ address: '2001:db8:77:1::9', email: 'someone-else@example.com' })).rejects.toMatchObject({ code: 'too-many' })
    await expect(limits[1]!.forgotPassword({ address: '2001:db8:78:1::9', email: 'someone-else@example.com' })).resolves.toBeUndefined()
    const { rows } = await db.query<{ key: string }>(`select key from ${TABLE} where key like 'shared-test:%'`)
    expect(rows.map((row) => row.key)).toContain('shared-test:forgotPerAddress:2001:db8:77:1::/64')
    expect(JSON.stringify(rows)).not.toContain('example.com')
  })
})
