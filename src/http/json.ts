import type { PayloadRequest } from 'payload'
import type { ZodType } from 'zod'

/** A route's answer before it is bound to a framework: Payload endpoints and Express routes share it. */
export interface JsonReply {
  status: number
  body: unknown
}

/** PeerPath's error contract for every custom route: `{ error, details? }`. */
export const errorReply = (status: number, error: string, details?: unknown): JsonReply => ({
  status,
  body: details === undefined ? { error } : { error, details },
})

export const toResponse = (reply: JsonReply): Response => Response.json(reply.body, { status: reply.status })

export const jsonError = (status: number, error: string, details?: unknown): Response => toResponse(errorReply(status, error, details))

type Validated<T> = { ok: true; data: T } | { ok: false; reply: JsonReply }

/** Reads and validates a JSON body; anything malformed is a 400 that names the problem. */
export const validateJson = async <T>(read: () => Promise<unknown>, schema: ZodType<T>): Promise<Validated<T>> => {
  let raw: unknown
  try {
    raw = await read()
  } catch {
    return { ok: false, reply: errorReply(400, 'The request body is not valid JSON.') }
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
    return { ok: false, reply: errorReply(400, 'The request body is invalid.', details) }
  }
  return { ok: true, data: result.data }
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

export const parseJsonBody = async <T>(req: PayloadRequest, schema: ZodType<T>): Promise<Parsed<T>> => {
  const validated = await validateJson(async () => (req.json ? await req.json() : undefined), schema)
  return validated.ok ? validated : { ok: false, response: toResponse(validated.reply) }
}
