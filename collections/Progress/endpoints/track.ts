import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { User } from '@/payload-types'

import { cachedLessonAccessFacts } from '@/cache/curriculum'
import { invalidateLearnersOrganization } from '@/cache/invalidate'
import { jsonError, parseJsonBody, respond } from '@/http/json'
import { trackProgress } from '@/lib/progress/track'

const TrackBody = z
  .object({
    lessonId: z.number().int().positive(),
    event: z.enum(['view', 'heartbeat', 'complete']),
    position: z.number().min(0).max(100).optional(),
  })
  .strict()

/** POST /api/progress/track: the only way progress is written. */
export const trackProgressEndpoint: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Sign in to record progress.')
    const body = await parseJsonBody(req, TrackBody)
    if (!body.ok) return body.response
    const user = req.user as User
    return respond(async () => {
      const result = await trackProgress(req.payload, user, body.data, await cachedLessonAccessFacts(req.payload, body.data.lessonId))
      if (result.standingChanged) await invalidateLearnersOrganization(req.payload, user)
      const { standingChanged: _internal, ...reply } = result
      return { status: 200, body: reply }
    })
  },
}
