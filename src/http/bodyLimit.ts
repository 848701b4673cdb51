import type { RequestHandler } from 'express'

export const JSON_BODY_LIMIT = 1024 * 1024
export const UPLOAD_BODY_LIMIT = 11 * 1024 * 1024
/** /certification's forms carry a training certificate of up to 4 MB (next.config's serverActions limit matches). */
export const CERTIFICATE_FORM_LIMIT = 5 * 1024 * 1024

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE'])

/**
 * Next reads request bodies itself, so the limit is enforced on the declared
 * length before a byte is read; bodies of unknown length are refused on /api.
 */
export const bodyLimit = (): RequestHandler => (req, res, next) => {
  if (BODYLESS.has(req.method)) return next()
  const limit = req.path.startsWith('/api/media') ? UPLOAD_BODY_LIMIT : req.path === '/certification' ? CERTIFICATE_FORM_LIMIT : JSON_BODY_LIMIT
  const declared = req.headers['content-length']
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] && req.path.startsWith('/api')) {
      res.status(411).json({ error: 'A Content-Length header is required.' })
      return
    }
    return next()
  }
  const length = Number(declared)
  if (!Number.isFinite(length) || length < 0) {
    res.status(400).json({ error: 'Invalid Content-Length header.' })
    return
  }
  if (length > limit) {
    res.status(413).json({ error: 'Request body too large.', details: { limitBytes: limit } })
    return
  }
  next()
}
