import type { RequestHandler } from 'express'

import { AsyncLocalStorage } from 'node:async_hooks'
import pg from 'pg'

interface Counted {
  method: string
  path: string
  status: number
  queries: number
}

const current = new AsyncLocalStorage<{ queries: number }>()
let wrapped = false

/**
 * Counts the SQL statements each request sends (every pg client in the
 * process, Payload's included), for query-budget tests against the real
 * server. Off unless PEERPATH_COUNT_QUERIES=true: it exists to make an N+1
 * regression fail CI, not to run in production.
 */
export const queryCounter = (): { track: RequestHandler; report: RequestHandler } => {
  if (!wrapped) {
    wrapped = true
    const original = pg.Client.prototype.query
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const store = current.getStore()
      if (store) store.queries++
      return (original as (...a: unknown[]) => unknown).apply(this, args)
    } as typeof original
  }
  const recent: Counted[] = []
  return {
    track: (req, res, next) => {
      const store = { queries: 0 }
      res.once('finish', () => {
        recent.push({ method: req.method, path: req.path, status: res.statusCode, queries: store.queries })
        if (recent.length > 500) recent.shift()
      })
      current.run(store, next)
    },
    report: (_req, res) => {
      res.json(recent)
    },
  }
}
