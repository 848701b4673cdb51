import type { RequestHandler } from 'express'

/** Page renders running at once in Next; RENDER_CONCURRENCY overrides. */
export const DEFAULT_RENDER_CONCURRENCY = 8

// Page renders are what hold megabytes each (flight data, HTML); API routes, assets and exports stream or are small.
const isPageRender = (method: string, path: string) =>
  (method === 'GET' || method === 'HEAD') && !path.startsWith('/api/') && !path.startsWith('/_next/') && !path.startsWith('/manage/export/')

/**
 * At most `limit` page renders at once; the rest wait their turn in order.
 * On two cores eight renders use the CPU as fully as fifty, but fifty at once
 * hold fifty renders' memory at once.
 * Load shedding (in front) bounds how many wait.
 */
export const renderQueue = (limit = Number(process.env.RENDER_CONCURRENCY) || DEFAULT_RENDER_CONCURRENCY): RequestHandler => {
  let running = 0
  const waiting: (() => void)[] = []
  const release = () => {
    const start = waiting.shift()
    if (start) start()
    else running--
  }
  return (req, res, next) => {
    if (!isPageRender(req.method, req.path)) return next()
    let released = false
    const start = () => {
      if (res.writableEnded || res.destroyed) return release()
      const done = () => {
        if (released) return
        released = true
        // After this response's own finish/close handlers, so a render that was cut short has let go first.
        setImmediate(release)
      }
      res.once('finish', done)
      res.once('close', done)
      next()
    }
    if (running < limit) {
      running++
      start()
    } else waiting.push(start)
  }
}
