import type { Endpoint } from 'payload'

import { z } from 'zod'

import { organizationOf } from '../../../src/access/roles'
import { jsonError, parseJsonBody } from '../../../src/lib/http/json'
import { forgetDashboard } from '../../../src/lib/org/dashboardCache'
import { issueCertificateIfComplete } from '../../../src/lib/progress/certificates'
import { recordProgress } from '../../../src/lib/progress/track'

const TrackBody = z
  .object({
    lessonId: z.number().int().positive(),
    event: z.enum(['view', 'heartbeat', 'complete']),
    position: z.number().min(0).max(100).optional(),
  })
  .strict()

/** POST /api/progress/track: the only way progress is written. */
export const trackProgress: Endpoint = {
  path: '/track',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Sign in to record progress.')
    const body = await parseJsonBody(req, TrackBody)
    if (!body.ok) return body.response
    const { lessonId, event, position } = body.data

    // The learner's own read access decides whether the lesson exists for them (published only).
    const lesson = await req.payload
      .findByID({
        collection: 'lessons',
        id: lessonId,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        select: { module: true },
        disableErrors: true,
      })
      .catch(() => null)
    if (!lesson) return jsonError(404, 'Lesson not found.')
    const moduleId = typeof lesson.module === 'object' ? lesson.module.id : lesson.module

    const progress = await recordProgress(req.payload, { userId: req.user.id, lessonId, moduleId, event, position })
    const certificate = progress.newlyCompleted
      ? await issueCertificateIfComplete(req.payload, req.user, moduleId)
      : null
    forgetDashboard(organizationOf(req.user))
    return Response.json({ progress, certificate })
  },
}
