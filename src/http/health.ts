import type { RequestHandler } from 'express'

import pg from 'pg'

export const HEALTH_TIMEOUT_MS = 2000

export interface HealthCheck {
  handler: RequestHandler
  /** Turns requests away with 503 while the background probe finds the database down. */
  gate: RequestHandler
  close: () => Promise<void>
}

/** How often the gate re-checks the database; a stopped database is noticed within about this long. */
export const PROBE_INTERVAL_MS = 1000
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5

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

  // Assumed up until a probe says otherwise, so a starting server is not refused.
  let databaseUp = true
  let probing = false
  const probe = async () => {
    if (probing) return
    probing = true
    databaseUp = await databaseAnswers()
    probing = false
  }
  const monitor = setInterval(() => void probe(), PROBE_INTERVAL_MS)
  monitor.unref()

  return {
    handler: async (_req, res) => {
      res.setHeader('Cache-Control', 'no-store')
      databaseUp = await databaseAnswers()
      if (databaseUp) res.status(200).json({ status: 'ok', db: 'ok' })
      else res.status(503).json({ status: 'error', db: 'down' })
    },
    // Without the database, Payload's session lookup fails quietly and a signed-in
    // user would be told 401/403; a fast, honest 503 lets clients retry instead.
    gate: (req, res, next) => {
      if (databaseUp || req.path.startsWith('/_next/static/')) return next()
      res.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
      res.setHeader('Cache-Control', 'no-store')
      if (req.accepts(['json', 'html']) === 'html' && !req.path.startsWith('/api/')) {
        res.status(503).type('html').send(UNAVAILABLE_PAGE)
        return
      }
      res.status(503).json({ error: 'The database is unavailable. Please try again in a moment.' })
    },
    close: async () => {
      clearInterval(monitor)
      await pool.end()
    },
  }
}

const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>PeerPath is temporarily unavailable</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>PeerPath is temporarily unavailable</h1><p>We could not reach the database. Your progress so far is saved; please try again in a minute.</p><p lang="es">PeerPath no está disponible por el momento. Tu progreso está guardado; vuelve a intentarlo en un minuto.</p></body></html>`
