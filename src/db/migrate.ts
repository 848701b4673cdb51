import type { Payload } from 'payload'

/**
 * Production applies migrations during Payload's init (prodMigrations) and the
 * development server pushes the schema; everywhere else (tests, CI, CLI) they
 * are applied here.
 */
export const applyMigrationsIfNeeded = async (payload: Payload) => {
  if (process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'development') await payload.db.migrate()
}
