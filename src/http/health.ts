import type { RequestHandler } from 'express'

import pg from 'pg'

export const HEALTH_TIMEOUT_MS = 2000

export interface HealthCheck {
  handler: RequestHandler
  close: () => Promise<void>
}

/**
 * A pool of its own, so /healthz answers even when the app's pool is exhausted,
 * and a hard deadline, so an unreachable database reads as "down", never a hang.
 */
export const createHealthCheck = (connectionString: string, timeoutMs = HEALTH_TIMEOUT_MS): HealthCheck => {
  const pool = new pg.Pool({
    connectionString,
    max: 2,
    connectionTimeoutMillis: timeoutMs - 200,
    query_timeout: timeoutMs - 200,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
  })
  pool.on('error', () => {
    // An idle client lost its server; the next check reports it.
  })

  const databaseAnswers = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs - 100)
    })
    const roundTrip = pool
      .query('select 1 as ok')
      .then((result) => result.rows[0]?.ok === 1)
      .catch(() => false)
    try {
      return await Promise.race([roundTrip, deadline])
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    handler: async (_req, res) => {
      res.setHeader('Cache-Control', 'no-store')
      if (await databaseAnswers()) res.status(200).json({ status: 'ok', db: 'ok' })
      else res.status(503).json({ status: 'error', db: 'down' })
    },
    close: () => pool.end(),
  }
}
