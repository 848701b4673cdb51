import net from 'node:net'

import type { RequestHandler } from 'express'

import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/db/freePort'
import { createApp } from '@/http/app'
import { JSON_BODY_LIMIT } from '@/http/bodyLimit'
import { listen } from '../helpers/http'

const logger = pino({ level: 'silent' })

/** Stands in for Next: echoes what reached it, so the tests see what Express let through. */
const echoNext: RequestHandler = (req, res) => {
  res.json({ reachedNext: true, method: req.method, url: req.url })
}

const startApp = (databaseUrl: string) => listen(createApp({ databaseUrl, logger, dev: false, nextHandler: echoNext }).app)

describe('the Express shell', () => {
  let app: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    app = await startApp(process.env.DATABASE_URL!)
  })
  afterAll(() => app.close())

  it('reports a healthy database after a real round trip', async () => {
    const response = await fetch(`${app.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' })
  })

  it('sends security headers with a content security policy', async () => {
    const response = await fetch(`${app.url}/healthz`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('refuses an oversized body with 413 JSON before it reaches Next', async () => {
    const response = await fetch(`${app.url}/api/lessons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(JSON_BODY_LIMIT + 10) }),
    })
    expect(response.status).toBe(413)
    const body = await response.json()
    expect(body.error).toMatch(/too large/i)
    expect(body.reachedNext).toBeUndefined()
  })

  it('passes ordinary requests through to Next', async () => {
    const response = await fetch(`${app.url}/api/lessons?limit=1`)
    expect(await response.json()).toMatchObject({ reachedNext: true, method: 'GET' })
  })
})

describe('healthz when Postgres is unreachable', () => {
  it('answers 503 quickly when nothing listens on the database port', async () => {
    const port = await freePort()
    const app = await startApp(`postgres://postgres:x@127.0.0.1:${port}/none`)
    try {
      const started = Date.now()
      const response = await fetch(`${app.url}/healthz`)
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'error', db: 'down' })
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      await app.close()
    }
  })

  it('answers 503 within 2 s when the database accepts connections but never replies', async () => {
    const sockets: net.Socket[] = []
    const blackHole = net.createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve))
    const { port } = blackHole.address() as net.AddressInfo
    const app = await startApp(`postgres://postgres:x@127.0.0.1:${port}/none`)
    try {
      const started = Date.now()
      const response = await fetch(`${app.url}/healthz`)
      const elapsed = Date.now() - started
      expect(response.status).toBe(503)
      expect(elapsed).toBeLessThanOrEqual(2000)
    } finally {
      await app.close()
      for (const socket of sockets) socket.destroy()
      blackHole.close()
    }
  })
})

// Sign-in and reset limits are counted where those operations run, not by Express:
// tests/int/limiterPerOperation.int.spec.ts (the address Express hands on: rateLimitShared.int.spec.ts).
