import type { RequestHandler } from 'express'

/** Requests in progress at once before new ones are turned away; MAX_IN_FLIGHT overrides. */
export const DEFAULT_MAX_IN_FLIGHT = 200
export const SHED_RETRY_AFTER_SECONDS = 2

/**
 * Past capacity, a quick 503 with Retry-After is kinder than a queue that
 * grows until every request times out: clients back off, the requests already
 * admitted finish on time, and the server is itself again as soon as the burst
 * ends. Counted per process; /healthz is mounted before this and is never shed.
 */
export const shedLoad = (maxInFlight = Number(process.env.MAX_IN_FLIGHT) || DEFAULT_MAX_IN_FLIGHT): RequestHandler => {
  let inFlight = 0
  return (req, res, next) => {
    // Build assets are cheap and cached by browsers; turning them away would only break pages already admitted.
    if (req.path.startsWith('/_next/static/')) return next()
    if (inFlight >= maxInFlight) {
      res.setHeader('Retry-After', String(SHED_RETRY_AFTER_SECONDS))
      res.status(503).json({ error: 'PeerPath is busy right now. Please try again in a moment.' })
      return
    }
    inFlight++
    let done = false
    const release = () => {
      if (done) return
      done = true
      inFlight--
    }
    res.once('finish', release)
    res.once('close', release)
    next()
  }
}
