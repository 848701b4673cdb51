import type { RequestHandler } from 'express'

import { CLIENT_ADDRESS_HEADER } from '@/lib/limits/clientAddress'

/**
 * Hands Express's idea of the client address (`req.ip`, which honours
 * TRUST_PROXY) to Next, Payload and the server actions in a header of our own.
 * Whatever the client sent under that name is dropped first: Node folds
 * repeated headers into one property, and rawHeaders is not what Next reads.
 */
export const clientAddress = (): RequestHandler => (req, _res, next) => {
  delete req.headers[CLIENT_ADDRESS_HEADER]
  if (req.ip) req.headers[CLIENT_ADDRESS_HEADER] = req.ip
  next()
}
