import type { PayloadRequest } from 'payload'
import type { ZodType } from 'zod'

import { type AppErrorCode, isAppError } from '@/lib/errors'

/**
 * PeerPath's error contract for every custom route: `{ error, details? }`,
 * and the one place a domain error becomes an HTTP status.
 */
export const jsonError = (status: number, error: string, details?: unknown): Response => {
  const retryAfter = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds
  const headers = status === 429 && typeof retryAfter === 'number' ? { 'Retry-After': String(retryAfter) } : undefined
  return Response.json(details === undefined ? { error } : { error, details }, { status, headers })
}

const STATUS: Record<AppErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-many': 429,
}

/** Runs a route's work; an AppError becomes its status and `{ error, details? }`, anything else goes on to Payload's handler (a 500 without internals). */
export const respond = async (work: () => Promise<{ status: number; body: unknown }>): Promise<Response> => {
  try {
    const { status, body } = await work()
    return Response.json(body, { status })
  } catch (error) {
    if (isAppError(error)) return jsonError(STATUS[error.code], error.message, error.details)
    throw error
  }
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

/** Validates an already-read value; anything malformed is a 400 that names the problem. */
export const validate = <T>(raw: unknown, schema: ZodType<T>): Parsed<T> => {
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, data: result.data }
  const details = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  return { ok: false, response: jsonError(400, 'The request body is invalid.', details) }
}

/** Reads and validates a Payload endpoint's JSON body. */
export const parseJsonBody = async <T>(req: PayloadRequest, schema: ZodType<T>): Promise<Parsed<T>> => {
  let raw: unknown
  try {
    raw = req.json ? await req.json() : undefined
  } catch {
    return { ok: false, response: jsonError(400, 'The request body is not valid JSON.') }
  }
  return validate(raw, schema)
}
