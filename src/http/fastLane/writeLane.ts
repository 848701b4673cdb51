import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'
import type { ZodType } from 'zod'

import express from 'express'

import type { User } from '../../payload-types'

import { errorReply, type JsonReply, validateJson } from '../../lib/http/json'
import { runningPayload } from '../../lib/runningPayload'
import { JSON_BODY_LIMIT } from '../bodyLimit'
import { laneUser } from './session'

const readText = express.text({ type: () => true, limit: JSON_BODY_LIMIT })

const bodyText = (req: Request, res: Response): Promise<string | undefined> =>
  new Promise((resolve, reject) =>
    readText(req, res, (error?: unknown) => (error ? reject(error) : resolve(typeof req.body === 'string' ? req.body : undefined))),
  )

const CONNECTION_TROUBLE = /timeout exceeded when trying to connect|ECONNREFUSED|Connection terminated|the database system is/i

/** A failure to reach the database is the caller's to retry; anything else is ours. */
const failureReply = (error: unknown): JsonReply =>
  error instanceof Error && CONNECTION_TROUBLE.test(error.message)
    ? errorReply(503, 'The service is temporarily unavailable. Please try again shortly.')
    : errorReply(500, 'Something went wrong.')

/**
 * A learner write answered without Next or Payload's REST pipeline: the
 * same handler, zod schema and error contract as the Payload endpoint, with
 * the session checked by one query. Anything it cannot decide (no Payload
 * yet, no valid session) goes on to the Payload endpoint, which answers as
 * it always has.
 */
export const writeLane =
  <T>(schema: ZodType<T>, handle: (payload: Payload, user: User, input: T) => Promise<JsonReply>): RequestHandler =>
  async (req: Request, res: Response, next: NextFunction) => {
    const payload = runningPayload()
    if (!payload) return next()
    let reply: JsonReply
    try {
      const user = await laneUser(payload, req)
      if (!user) return next()
      // An empty body is not JSON, as Payload's req.json() also says.
      const body = await validateJson(async () => JSON.parse((await bodyText(req, res)) ?? ''), schema)
      reply = body.ok ? await handle(payload, user, body.data) : body.reply
    } catch (error) {
      const tooLarge = (error as { type?: string }).type === 'entity.too.large'
      reply = tooLarge ? errorReply(413, 'Request body too large.', { limitBytes: JSON_BODY_LIMIT }) : failureReply(error)
      if (reply.status >= 500) req.log?.error({ err: error }, 'fast lane write failed')
    }
    res.status(reply.status).json(reply.body)
  }
