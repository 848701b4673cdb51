import type { Payload } from 'payload'

import type { LessonAccessFacts } from '@/lib/curriculum/grading'
import type { User } from '@/payload-types'

import { mayReadCurriculumDoc } from '@/access/roles'
import { issueCertificateIfComplete } from '@/lib/certificates/issue'
import { AppError } from '@/lib/errors'

import { type ProgressEvent, type ProgressRow, recordProgress } from './record'

export interface TrackInput {
  lessonId: number
  event: ProgressEvent
  position?: number
}

export interface TrackResult {
  progress: ProgressRow
  certificate: { id: number; code: string } | null
  /** A first view or a completion: what a manager's dashboard shows changed (heartbeats only add minutes). */
  standingChanged: boolean
}

/**
 * Records one progress event for the signed-in learner on a lesson they may
 * read (published, shared or their organization's), and issues the module
 * certificate when this completion finishes the module.
 */
export const trackProgress = async (payload: Payload, user: User, input: TrackInput, lesson: LessonAccessFacts | null): Promise<TrackResult> => {
  if (!lesson || lesson.moduleId === null || !mayReadCurriculumDoc(user, lesson)) throw new AppError('not-found', 'Lesson not found.')
  const progress = await recordProgress(payload, { userId: user.id, lessonId: input.lessonId, moduleId: lesson.moduleId, event: input.event, position: input.position })
  const certificate = progress.newlyCompleted ? await issueCertificateIfComplete(payload, user, lesson.moduleId) : null
  return { progress, certificate, standingChanged: progress.started || progress.newlyCompleted }
}
