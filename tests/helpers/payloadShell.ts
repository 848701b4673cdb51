import http from 'node:http'

import config from '@payload-config'
import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'
import type { RequestHandler } from 'express'
import pino from 'pino'

import { createApp } from '@/http/app'
import { listen } from './http'

const restPost = REST_POST(config)
const graphqlPost = GRAPHQL_POST(config)

/**
 * Stands in for Next behind the real Express shell: the request target is
 * resolved and its segments decoded as Next's router does (`./`, `%6c`), and
 * the request goes to Payload's real REST or GraphQL route with the headers
 * Express left, the client address among them.
 */
const payloadRoutes: RequestHandler = async (req, res) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const url = new URL(req.originalUrl, 'http://localhost')
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  const request = new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
  const slug = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  const response = slug.join('/') === 'api/graphql' ? await graphqlPost(request) : await restPost(request, { params: Promise.resolve({ slug: slug.slice(1) }) })
  res.status(response.status)
  response.headers.forEach((value, name) => res.setHeader(name, value))
  res.send(Buffer.from(await response.arrayBuffer()))
}

export type Shell = Awaited<ReturnType<typeof listen>>

/** PeerPath's Express shell (createApp) in front of Payload's routes, with TRUST_PROXY as given. */
export const startPayloadShell = async (trustProxy = '1'): Promise<Shell> => {
  const saved = process.env.TRUST_PROXY
  process.env.TRUST_PROXY = trustProxy
  try {
    return await listen(createApp({ databaseUrl: process.env.DATABASE_URL!, logger: pino({ level: 'silent' }), dev: false, nextHandler: payloadRoutes }).app)
  } finally {
    if (saved === undefined) delete process.env.TRUST_PROXY
    else process.env.TRUST_PROXY = saved
  }
}

export interface RawResponse {
  status: number
  retryAfter: string | undefined
  text: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

/** A POST with the request target sent exactly as written (fetch would resolve dot segments and escapes first). */
export const rawPost = (shell: Shell, target: string, body: unknown, headers: Record<string, string> = {}) =>
  new Promise<RawResponse>((resolve, reject) => {
    const { hostname, port } = new URL(shell.url)
    const payload = JSON.stringify(body)
    const request = http.request(
      { host: hostname, port, method: 'POST', path: target, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => {
          let parsed: unknown = null
          try {
            parsed = JSON.parse(text)
          } catch {
            parsed = null
          }
          resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'] as string | undefined, text, body: parsed })
        })
      },
    )
    request.on('error', reject)
    request.end(payload)
  })
