import type { Endpoint } from 'payload'

import type { User } from '../../../src/payload-types'

import { jsonError, parseJsonBody, toResponse } from '../../../src/lib/http/json'
import { TrackBody, trackProgressFor } from '../../../src/lib/progress/trackRequest'

/** POST /api/progress/track: the only way progress is written (the server's fast lane answers the same route first). */
export const trackProgress: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Sign in to record progress.')
    const body = await parseJsonBody(req, TrackBody)
    if (!body.ok) return body.response
    return toResponse(await trackProgressFor(req.payload, req.user as User, body.data))
  },
}
