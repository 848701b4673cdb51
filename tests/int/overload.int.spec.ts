import type { RequestHandler } from 'express'

import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '@/http/app'
import { SHED_RETRY_AFTER_SECONDS } from '@/http/loadShedding'
import { listen } from '../helpers/http'

const logger = pino({ level: 'silent' })
const MAX_IN_FLIGHT = 8
const WORK_MS = 300

/**
 * Stands in for a slow Next page: every request holds its slot for WORK_MS,
 * or, while `gate` is set, until the test opens it (so a burst's timing never
 * depends on how busy the machine is).
 */
let gate: { held: (() => void)[] } | undefined
const slowNext: RequestHandler = (_req, res) => {
  const answer = () => res.json({ ok: true })
  if (gate) gate.held.push(answer)
  else setTimeout(answer, WORK_MS)
}

const until = async (condition: () => boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('past capacity the server sheds load and recovers', () => {
  let app: Awaited<ReturnType<typeof listen>>

  beforeAll(async () => {
    app = await listen(createApp({ databaseUrl: process.env.DATABASE_URL!, logger, dev: false, nextHandler: slowNext, maxInFlight: MAX_IN_FLIGHT }).app)
  })
  afterAll(() => app.close())

  it('answers the excess of a burst with a quick 503 and Retry-After, and serves the rest', async () => {
    gate = { held: [] }
    const shed: { status: number; retryAfter: string | null; body: { error?: string } }[] = []
    const burst = Array.from({ length: 40 }, async () => {
      const response = await fetch(`${app.url}/learn`)
      const answer = { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() }
      if (answer.status !== 200) shed.push(answer)
      return answer
    })
    // Every request beyond the slots is answered while the ones being served are still held: turned away, not queued.
    await until(() => gate!.held.length + shed.length === 40)
    expect(gate.held.length).toBe(MAX_IN_FLIGHT)
    expect(shed.length).toBe(40 - MAX_IN_FLIGHT)
    for (const response of shed) {
      expect(response.status).toBe(503)
      expect(response.retryAfter).toBe(String(SHED_RETRY_AFTER_SECONDS))
      expect(response.body.error).toMatch(/busy/i)
    }
    const held = gate.held
    gate = undefined
    held.forEach((answer) => answer())
    const served = (await Promise.all(burst)).filter((response) => response.status === 200)
    expect(served.length).toBe(MAX_IN_FLIGHT)
  })

  it('keeps /healthz answering while saturated', async () => {
    const burst = Array.from({ length: MAX_IN_FLIGHT * 2 }, () => fetch(`${app.url}/learn`))
    const health = await fetch(`${app.url}/healthz`)
    expect(health.status).toBe(200)
    await Promise.all(burst)
  })

  it('is back to normal as soon as the burst has drained', async () => {
    await Promise.all(Array.from({ length: 30 }, () => fetch(`${app.url}/learn`)))
    const after = await Promise.all(Array.from({ length: MAX_IN_FLIGHT }, () => fetch(`${app.url}/learn`)))
    expect(after.map((response) => response.status)).toEqual(Array(MAX_IN_FLIGHT).fill(200))
  })

  it('frees the slot of a client that hangs up', async () => {
    const controllers = Array.from({ length: MAX_IN_FLIGHT }, () => new AbortController())
    const aborted = controllers.map((controller) => fetch(`${app.url}/learn`, { signal: controller.signal }).catch(() => null))
    await new Promise((resolve) => setTimeout(resolve, 50))
    controllers.forEach((controller) => controller.abort())
    await Promise.all(aborted)
    await new Promise((resolve) => setTimeout(resolve, WORK_MS + 50))
    expect((await fetch(`${app.url}/learn`)).status).toBe(200)
  })
})

// Invitation send and accept limits are counted where those operations run: tests/int/limiterPerOperation.int.spec.ts.
