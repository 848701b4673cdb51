import type { AfterErrorHook } from 'payload'

/** Postgres error codes that mean "the client sent something wrong", not "we broke". */
const CLIENT_FAULTS: Record<string, { status: number; message: string }> = {
  '23503': { status: 400, message: 'A related document does not exist.' },
  '22P02': { status: 400, message: 'A value or identifier has the wrong format.' },
  '22003': { status: 400, message: 'A number is out of range.' },
  '22001': { status: 400, message: 'A value is too long.' },
}

/** Errors that mean "the database is unreachable or saturated right now": retryable, not our bug. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '53300'])
const UNAVAILABLE_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|cannot connect to Postgres/i

/** Walks an error and its causes, the way drizzle and pg wrap them. */
const chain = (error: unknown): { code?: unknown; message?: unknown }[] => {
  const links: { code?: unknown; message?: unknown }[] = []
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    links.push(current as { code?: unknown; message?: unknown })
    current = (current as { cause?: unknown }).cause
  }
  return links
}

const postgresCode = (error: unknown): string | undefined =>
  chain(error)
    .map((link) => link.code)
    .find((code): code is string => typeof code === 'string' && code in CLIENT_FAULTS)

export const databaseUnavailable = (error: unknown): boolean =>
  chain(error).some(
    (link) =>
      (typeof link.code === 'string' && UNAVAILABLE_CODES.has(link.code)) ||
      (typeof link.message === 'string' && UNAVAILABLE_MESSAGES.test(link.message)),
  )

/**
 * Payload answers REST errors as `{ errors: [...] }`, which its admin needs.
 * PeerPath's API contract is `{ error, details? }`, so both are sent. Database
 * refusals caused by the input become 400s, an unreachable or saturated
 * database a 503 (retry later), and any other 5xx carries no internal message
 * and no stack.
 */
export const addErrorSummary: AfterErrorHook = ({ error, result }) => {
  if (!result) return
  const { stack: _stack, ...rest } = result
  if (databaseUnavailable(error)) {
    const message = 'PeerPath is briefly unavailable. Please try again in a moment.'
    return { status: 503, response: { errors: [{ message }], error: message } }
  }
  const fault = postgresCode(error)
  if (fault) {
    const { status, message } = CLIENT_FAULTS[fault]
    return { status, response: { errors: [{ message }], error: message } }
  }
  const status = (error as { status?: unknown }).status
  const internal = typeof status !== 'number' || status >= 500
  const first = result.errors?.[0]
  if (internal) {
    const message = 'Something went wrong.'
    return { response: { errors: [{ message }], error: message } }
  }
  // Payload copies `data` only from errors that are `instanceof` its own classes; an error made from
  // another copy of the payload module (the Next server bundle) keeps it on the error itself.
  const data = first?.data ?? (error as { data?: unknown }).data
  return {
    response: {
      ...rest,
      error: first?.message || 'The request could not be processed.',
      ...(data ? { details: data } : {}),
    },
  }
}
