import type { AfterErrorHook } from 'payload'

/** Postgres error codes that mean "the client sent something wrong", not "we broke". */
const CLIENT_FAULTS: Record<string, { status: number; message: string }> = {
  '23503': { status: 400, message: 'A related document does not exist.' },
  '22P02': { status: 400, message: 'A value or identifier has the wrong format.' },
  '22003': { status: 400, message: 'A number is out of range.' },
  '22001': { status: 400, message: 'A value is too long.' },
}

const postgresCode = (error: unknown): string | undefined => {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && code in CLIENT_FAULTS) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * Payload answers REST errors as `{ errors: [...] }`, which its admin needs.
 * PeerPath's API contract is `{ error, details? }`, so both are sent. Database
 * refusals caused by the input become 400s; any other 5xx carries no internal
 * message and no stack.
 */
export const addErrorSummary: AfterErrorHook = ({ error, result }) => {
  if (!result) return
  const { stack: _stack, ...rest } = result
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
  return {
    response: {
      ...rest,
      error: first?.message || 'The request could not be processed.',
      ...(first?.data ? { details: first.data } : {}),
    },
  }
}
