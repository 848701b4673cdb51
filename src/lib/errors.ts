/**
 * The one error the domain throws. Its code says what went wrong in terms a
 * boundary can map (see `src/http/json.ts` for HTTP); the message is for the
 * person, `details` for a client that wants to act on it.
 */
export type AppErrorCode = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'too-many'

export class AppError extends Error {
  readonly code: AppErrorCode
  readonly details?: unknown

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError

/**
 * An error with everything it wraps: a failed query from the database layer
 * ("Failed query: …") says what ran, and only its `cause` says why it failed.
 */
export const describeError = (error: unknown): string => {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    const { message, code, cause } = current as { message?: string; code?: string; cause?: unknown }
    parts.push(code ? `${message ?? String(current)} [${code}]` : (message ?? String(current)))
    current = cause
  }
  return parts.join(' ← caused by: ')
}
