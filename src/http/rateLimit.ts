import type { RequestHandler } from 'express'

interface Rule {
  /** Requests matching this method and path prefix share a budget per client IP. */
  method: string
  path: string
  limit: number
  windowMs: number
}

const perMinute = Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE) || 10
const MINUTE = 60_000

/** Sign-in, password-reset and invitation forms and endpoints: the targets of guessing and of mail flooding. */
export const AUTH_RATE_LIMITS: Rule[] = [
  { method: 'POST', path: '/api/users/login', limit: perMinute, windowMs: MINUTE },
  { method: 'POST', path: '/login', limit: perMinute, windowMs: MINUTE },
  { method: 'POST', path: '/api/users/forgot-password', limit: Math.ceil(perMinute / 2), windowMs: MINUTE },
  { method: 'POST', path: '/forgot-password', limit: Math.ceil(perMinute / 2), windowMs: MINUTE },
  { method: 'POST', path: '/api/users/reset-password', limit: perMinute, windowMs: MINUTE },
  { method: 'POST', path: '/reset-password', limit: perMinute, windowMs: MINUTE },
  // Invitations send email (managers invite one by one or upload a CSV), and their links are tokens worth guessing.
  { method: 'POST', path: '/api/invitations', limit: perMinute * 3, windowMs: MINUTE },
  { method: 'POST', path: '/manage/people', limit: perMinute * 3, windowMs: MINUTE },
  { method: 'POST', path: '/invite', limit: perMinute, windowMs: MINUTE },
]

const MAX_TRACKED = 50_000

/**
 * Fixed-window counters in memory, per rule and client IP. One instance's
 * view only; several instances behind a balancer each enforce their share.
 */
export const rateLimit = (rules: Rule[] = AUTH_RATE_LIMITS): RequestHandler => {
  const windows = new Map<string, { count: number; resetAt: number }>()
  return (req, res, next) => {
    const rule = rules.find((candidate) => candidate.method === req.method && (req.path === candidate.path || req.path.startsWith(`${candidate.path}/`)))
    if (!rule) return next()
    const now = Date.now()
    const key = `${rule.path}|${req.ip}`
    let window = windows.get(key)
    if (!window || window.resetAt <= now) {
      if (windows.size >= MAX_TRACKED) {
        for (const [staleKey, stale] of windows) if (stale.resetAt <= now) windows.delete(staleKey)
        if (windows.size >= MAX_TRACKED) windows.clear()
      }
      window = { count: 0, resetAt: now + rule.windowMs }
      windows.set(key, window)
    }
    window.count++
    if (window.count > rule.limit) {
      res.setHeader('Retry-After', String(Math.ceil((window.resetAt - now) / 1000)))
      res.status(429).json({ error: 'Too many attempts. Please wait a minute and try again.' })
      return
    }
    next()
  }
}
