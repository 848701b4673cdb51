import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderQueue } from '@/http/renderQueue'
import { listen } from '../helpers/http'

const LIMIT = 3
const WORK_MS = 80

describe('page renders queue a few at a time', () => {
  let server: Awaited<ReturnType<typeof listen>>
  let running = 0
  let most = 0

  beforeAll(async () => {
    const app = express()
    app.use(renderQueue(LIMIT))
    // Stands in for a Next render: holds its slot for WORK_MS, and stops when the visitor leaves, as Next aborts a render.
    app.use((_req, res) => {
      running++
      most = Math.max(most, running)
      let done = false
      const stop = () => {
        if (!done) running--
        done = true
      }
      const timer = setTimeout(() => {
        stop()
        res.type('html').send('<p>page</p>')
      }, WORK_MS)
      res.once('close', () => {
        clearTimeout(timer)
        stop()
      })
    })
    server = await listen(app)
  })
  afterAll(() => server.close())

  it('runs at most the limit at once and serves every waiting request in turn', async () => {
    most = 0
    const responses = await Promise.all(Array.from({ length: 12 }, () => fetch(`${server.url}/learn`)))
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(200))
    expect(most).toBe(LIMIT)
  })

  it('lets API calls and build assets through without waiting', async () => {
    most = 0
    const paths = Array.from({ length: 6 }, (_, index) => (index % 2 ? `/api/progress?${index}` : `/_next/static/chunk-${index}.js`))
    await Promise.all(paths.map((path) => fetch(`${server.url}${path}`)))
    expect(most).toBe(paths.length)
  })

  it('hands the slot of a visitor who left while waiting to the next one', async () => {
    most = 0
    const leaving = Array.from({ length: 6 }, () => {
      const controller = new AbortController()
      const request = fetch(`${server.url}/learn`, { signal: controller.signal }).catch(() => null)
      setTimeout(() => controller.abort(), 10)
      return request
    })
    await Promise.all(leaving)
    const after = await Promise.all(Array.from({ length: LIMIT }, () => fetch(`${server.url}/learn`)))
    expect(after.map((response) => response.status)).toEqual(Array(LIMIT).fill(200))
    expect(most).toBeLessThanOrEqual(LIMIT)
  })
})
