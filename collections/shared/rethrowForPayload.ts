import { APIError, type PayloadRequest } from 'payload'

import { isAppError } from '@/lib/errors'

/** Payload's error for a refusal by the limits; its own name, so the log records it at info level (payload.config.ts). */
export class TooManyAttempts extends APIError {
  constructor(message: string, details: { retryAfterSeconds: number }) {
    super(message, 429, details, true)
    this.name = 'TooManyAttempts'
  }
}

/** A refusal as Payload answers it: 429 with Retry-After, `{ error, details: { retryAfterSeconds } }` (REST), a GraphQL error. */
export const rethrowForPayload = (req: PayloadRequest, error: unknown): never => {
  if (isAppError(error) && error.code === 'too-many') {
    const details = error.details as { retryAfterSeconds: number }
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(details.retryAfterSeconds))
    throw new TooManyAttempts(error.message, details)
  }
  throw error
}
