import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { POST as graphqlRoute } from '@/app/(payload)/api/graphql/route'

import { CLIENT_ADDRESS_HEADER } from '@/lib/limits/clientAddress'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const rest = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
// The route Next mounts at /api/graphql: Payload's handler with PeerPath's response bound.
const graphql = graphqlRoute

export interface ApiResponse {
  status: number
  // Response bodies are whatever the route answered; tests inspect them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  text: string
}

interface Options {
  token?: string
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
}

const read = async (response: Response): Promise<ApiResponse> => {
  const text = await response.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  return { status: response.status, body, text }
}

let calls = 0
/**
 * These calls skip Express, which would hand Payload the client's address
 * (src/http/clientAddress.ts). Each call stands for a client of its own (a
 * fresh TEST-NET address), so the sign-in limits never couple unrelated
 * tests; a test of the limits passes the address it means.
 */
const testClientAddress = () => {
  calls++
  return `198.18.${(calls >> 8) & 255}.${calls & 255}`
}

const headersFor = ({ token, headers, body, rawBody }: Options) => ({
  [CLIENT_ADDRESS_HEADER]: testClientAddress(),
  ...(body !== undefined || rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
  ...(token ? { authorization: `JWT ${token}` } : {}),
  ...headers,
})

/**
 * Calls Payload's real REST route handlers (the ones Next mounts at /api) with
 * a real Request, so access control, validation and serialisation all run.
 */
export const api = async (method: Method, pathAndQuery: string, options: Options = {}): Promise<ApiResponse> => {
  const url = new URL(`http://localhost/api${pathAndQuery}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  const request = new Request(url, {
    method,
    headers: headersFor(options),
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const response = await rest[method](request, { params: Promise.resolve({ slug }) })
  return read(response)
}

export const gql = async (query: string, options: Omit<Options, 'body'> & { variables?: object } = {}) => {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: headersFor({ ...options, body: {} }),
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  return read(await graphql(request))
}

export const login = async (email: string, password: string): Promise<string> => {
  const response = await api('POST', '/users/login', { body: { email, password } })
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.text}`)
  return response.body.token as string
}
