import type { PayloadRequest } from 'payload'
import type { ZodType } from 'zod'

/** PeerPath's error contract for every custom route: `{ error, details? }`. */
export const jsonError = (status: number, error: string, details?: unknown): Response =>
  Response.json(details === undefined ? { error } : { error, details }, { status })

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

/** Reads and validates a JSON body; anything malformed is a 400 that names the problem. */
export const parseJsonBody = async <T>(req: PayloadRequest, schema: ZodType<T>): Promise<Parsed<T>> => {
  let raw: unknown
  try {
    raw = req.json ? await req.json() : undefined
  } catch {
    return { ok: false, response: jsonError(400, 'The request body is not valid JSON.') }
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
    return { ok: false, response: jsonError(400, 'The request body is invalid.', details) }
  }
  return { ok: true, data: result.data }
}
