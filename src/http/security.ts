import type { RequestHandler } from 'express'

import helmet from 'helmet'

import { adminPolicy } from './csp'

/**
 * Helmet's headers, and the admin's content security policy as the default
 * for every response; the site's pages replace it with their per-request
 * nonce policy (src/proxy.ts, built in src/http/csp.ts with this one).
 */
export const securityHeaders = (dev: boolean): RequestHandler => {
  const headers = helmet({
    contentSecurityPolicy: false,
    // Served over plain http on localhost; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  })
  const policy = adminPolicy(dev)
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', policy)
    headers(req, res, next)
  }
}
