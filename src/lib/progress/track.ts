import type { Payload } from 'payload'

import { z } from 'zod'

import type { User } from '../../payload-types'

import { mayReadCurriculumDoc, organizationOf } from '../../access/roles'
import { pgPool } from '../db'
import { errorReply, type JsonReply } from '../http/json'
import { forgetDashboard } from '../org/dashboardCache'
import { cachedPublished } from '../site/publishedCache'
import { issueCertificateIfComplete } from './certificates'
import { recordProgress } from './track'

export const TrackBody = z
  .object({
    lessonId: z.number().int().positive(),
    event: z.enum(['view', 'heartbeat', 'complete']),
    position: z.number().min(0).max(100).optional(),
  })
  .strict()

interface LessonAccessFacts {
  moduleId: number | null
  organization: number | null
  _status: string | null
}

/** What decides who may track a lesson; cleared with the rest of the published cache on any curriculum save. */
const lessonAccessFacts = (payload: Payload, lessonId: number) =>
  cachedPublished(`lesson-access:${lessonId}`, async (): Promise<LessonAccessFacts | null> => {
    const { rows } = await pgPool(payload).query<{ module_id: number | null; organization_id: number | null; _status: string | null }>(
      'select module_id, organization_id, _status from lessons where id = $1',
      [lessonId],
    )
    const row = rows[0]
    return row ? { moduleId: row.module_id, organization: row.organization_id, _status: row._status } : null
  })

/**
 * POST /api/progress/track for a signed-in user, whichever front door the
 * request came through (Payload's REST route or the server's fast lane).
 */
export const trackProgressFor = async (payload: Payload, user: User, input: z.infer<typeof TrackBody>): Promise<JsonReply> => {
  const { lessonId, event, position } = input
  // The learner's own read rule decides whether the lesson exists for them (published, shared or their organization's).
  const lesson = await lessonAccessFacts(payload, lessonId)
  if (!lesson || lesson.moduleId === null || !mayReadCurriculumDoc(user, lesson)) return errorReply(404, 'Lesson not found.')

  const progress = await recordProgress(payload, { userId: user.id, lessonId, moduleId: lesson.moduleId, event, position })
  const certificate = progress.newlyCompleted ? await issueCertificateIfComplete(payload, user, lesson.moduleId) : null
  // Heartbeats only add minutes; a dashboard up to its TTL old is fine for those.
  if (progress.started || progress.newlyCompleted) forgetDashboard(organizationOf(user))
  return { status: 200, body: { progress, certificate } }
}
