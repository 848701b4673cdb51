import type { Logger } from 'pino'

import express, { type RequestHandler } from 'express'
import { pinoHttp } from 'pino-http'

import { bodyLimit } from './bodyLimit'
import { clientAddress } from './clientAddress'
import { createHealthCheck } from './health'
import { shedLoad } from './loadShedding'
import { queryCounter } from './queryCounter'
import { redactUrl } from './redact'
import { renderQueue } from './renderQueue'
import { securityHeaders } from './security'
import { trustProxyHops } from './trustProxy'

interface AppOptions {
  databaseUrl: string
  logger: Logger
  dev: boolean
  /** Everything Express does not answer itself goes to Next (admin, API, site). */
  nextHandler: RequestHandler
  /** Requests in progress at once before new ones get 503 (see loadShedding.ts). */
  maxInFlight?: number
}

export const createApp = ({ databaseUrl, logger, dev, nextHandler, maxInFlight }: AppOptions) => {
  const health = createHealthCheck(databaseUrl)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxyHops())
  app.use(
    pinoHttp({
      logger,
      // Static assets would drown the log.
      autoLogging: { ignore: (req) => Boolean(req.url?.startsWith('/_next/')) },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        // Invitation and reset links carry single-use tokens: never write them to the log.
        req: (req) => ({ method: req.method, url: redactUrl(req.url) }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  )
  app.use(securityHeaders(dev))
  app.get('/healthz', health.handler)
  if (process.env.PEERPATH_COUNT_QUERIES === 'true') {
    const counter = queryCounter()
    app.get('/__queries', counter.report)
    app.use(counter.track)
  }
  app.use(shedLoad(maxInFlight))
  app.use(health.gate)
  app.use(bodyLimit())
  // Sign-in, reset and invitation limits run where those operations run (src/lib/limits), keyed by this address.
  app.use(clientAddress())
  app.use(renderQueue())
  app.all('/{*path}', nextHandler)
  return { app, closeHealth: health.close }
}
