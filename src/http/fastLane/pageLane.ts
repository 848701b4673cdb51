import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import type { User } from '../../payload-types'

import { runningPayload } from '../../lib/runningPayload'
import type { memoryCache } from '../../lib/memoryCache'
import type { RenderedPage } from '../../lib/site/renderedPages'
import { laneUser } from './session'

type PageStore = ReturnType<typeof memoryCache>

/** What a page's HTML depends on, as a cache key; null when this request must be rendered afresh. */
export type PageVariant = (payload: Payload, user: User, req: Request) => Promise<string | null>

// Client-side navigations, prefetches and server actions are Next's own protocol, never a cached document.
const NEXT_PROTOCOL_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action', 'next-router-segment-prefetch']
const isDocumentRequest = (req: Request) =>
  req.method === 'GET' && !('_rsc' in (req.query as object)) && NEXT_PROTOCOL_HEADERS.every((name) => req.headers[name] === undefined)

// Hop-by-hop and per-response headers are written afresh for each answer.
const NOT_KEPT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

const keptHeaders = (res: Response): Record<string, string | string[]> => {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined && !NOT_KEPT.has(name)) kept[name] = typeof value === 'number' ? String(value) : value
  }
  return kept
}

const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  return Buffer.from(chunk as Uint8Array)
}

/** Lets Next answer as usual while keeping a copy of a complete, shareable 200 HTML answer. */
const recordWhileNextAnswers = (res: Response): Promise<RenderedPage> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => Response
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      const buffer = toBuffer(chunk, rest[0])
      if (buffer) chunks.push(buffer)
      return write(chunk, ...rest)
    }) as Response['write']
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const buffer = toBuffer(chunk, rest[0])
      if (buffer) chunks.push(buffer)
      return end(chunk, ...rest)
    }) as Response['end']
    res.once('finish', () => {
      const type = String(res.getHeader('content-type') ?? '')
      const shareable = res.statusCode === 200 && type.startsWith('text/html') && res.getHeader('set-cookie') === undefined
      if (shareable) resolve({ headers: keptHeaders(res), body: Buffer.concat(chunks) })
      else reject(new Error(`not kept: ${res.statusCode}`))
    })
    res.once('close', () => reject(new Error('closed before the answer was complete')))
  })

const send = (res: Response, page: RenderedPage) => {
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value)
  res.setHeader('x-peerpath-page', 'kept')
  res.setHeader('content-length', page.body.length)
  res.status(200).end(page.body)
}

/**
 * Serves a signed-in page from a copy Next rendered earlier for the same
 * variant key, checking the session on every request. The first request for
 * a key renders through Next (concurrent ones wait for it); anything not a
 * plain document request, or not a 200 HTML answer, always goes to Next.
 */
export const pageLane =
  (store: PageStore, variant: PageVariant): RequestHandler =>
  async (req: Request, res: Response, next: NextFunction) => {
    const payload = runningPayload()
    if (!payload || !isDocumentRequest(req)) return next()
    let key: string | null
    try {
      const user = await laneUser(payload, req)
      key = user ? await variant(payload, user, req) : null
    } catch {
      key = null
    }
    if (!key) return next()
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    let rendering = false
    const page = store.get(`${key}|${gzip ? 'gzip' : 'plain'}`, () => {
      rendering = true
      return recordWhileNextAnswers(res)
    }) as Promise<RenderedPage>
    if (rendering) {
      page.catch(() => undefined)
      return next()
    }
    try {
      send(res, await page)
    } catch {
      // The render this request waited for was not shareable (a redirect, a 404): Next answers this one itself.
      if (!res.headersSent) next()
    }
  }
