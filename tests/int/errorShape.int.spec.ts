import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { addErrorSummary, databaseUnavailable } from '@/http/errorShape'

const wrapped = (cause: object) => Object.assign(new Error('Failed query: select 1'), { cause })
const shape = (error: Error & { status?: number }) =>
  addErrorSummary({ error, result: { errors: [{ message: error.message }] }, req: {} as PayloadRequest, context: {} })

describe('API error shape', () => {
  it('answers 503 when the database is unreachable or its pool is exhausted', () => {
    for (const error of [
      wrapped({ code: 'ECONNREFUSED' }),
      wrapped({ code: '57P01', message: 'terminating connection due to administrator command' }),
      new Error('timeout exceeded when trying to connect'),
    ]) {
      expect(databaseUnavailable(error)).toBe(true)
      expect(shape(error)).toMatchObject({ status: 503, response: { error: expect.stringMatching(/try again/i) } })
    }
  })

  it('answers 400 for input the database refused, and hides internal 500s', () => {
    expect(shape(wrapped({ code: '23503' }))).toMatchObject({ status: 400, response: { error: 'A related document does not exist.' } })
    const internal = shape(new Error('column "secret_internal" does not exist'))
    expect(JSON.stringify(internal)).not.toContain('secret_internal')
    expect(internal).toMatchObject({ response: { error: 'Something went wrong.' } })
  })

  it('keeps a client error message and adds it as `error`', () => {
    const notFound = Object.assign(new Error('Not Found'), { status: 404 })
    expect(shape(notFound)).toMatchObject({ response: { error: 'Not Found', errors: [{ message: 'Not Found' }] } })
  })

  it('keeps a client error\'s data as `details` even when Payload did not copy it (an error from another copy of its module)', () => {
    const limited = Object.assign(new Error('Too many attempts.'), { status: 429, name: 'TooManyAttempts', data: { retryAfterSeconds: 42 } })
    expect(shape(limited)).toMatchObject({ response: { error: 'Too many attempts.', details: { retryAfterSeconds: 42 } } })
  })
})
