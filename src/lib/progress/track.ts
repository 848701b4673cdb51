import type { Payload } from 'payload'

import type { LessonAccessFacts } from '@/lib/curriculum/grading'
import type { User } from '@/payload-types'

import { mayReadCurriculumDoc } from '@/access/roles'
import { issueCertificateIfComplete } from '@/lib/certificates/issue'
import { AppError } from '@/lib/errors'

import { requiredSeconds } from './minimumTime'
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

export interface TrackOptions {
  /** The clock, for tests (see recordProgress). */
  now?: Date
  /** Overrides the configured PEERPATH_MIN_TIME_SCALE, for tests. */
  minTimeScale?: number
}

/**
 * Records one progress event for the signed-in learner on a lesson they may
 * read (published, shared or their organization's), and issues the module
 * certificate when this completion finishes the module. This is the one rule
 * of completion: a lesson completes only once it was opened and its time on
 * task, measured by the server, reaches the lesson's minimum; an earlier
 * `complete` is a 'conflict' whose details say how many seconds are left.
 */
export const trackProgress = async (
  payload: Payload,
  user: User,
  input: TrackInput,
  lesson: LessonAccessFacts | null,
  options: TrackOptions = {},
): Promise<TrackResult> => {
  if (!lesson || lesson.moduleId === null || !mayReadCurriculumDoc(user, lesson)) throw new AppError('not-found', 'Lesson not found.')
  const required = requiredSeconds(lesson, options.minTimeScale)
  const progress = await recordProgress(payload, {
    userId: user.id,
    lessonId: input.lessonId,
    moduleId: lesson.moduleId,
    event: input.event,
    position: input.position,
    requiredSeconds: required,
    now: options.now,
  })
  if (!progress) {
    throw new AppError('conflict', 'Open the lesson and study it before marking it complete.', { secondsRemaining: Math.max(required, 1) })
  }
  if (input.event === 'complete' && progress.status !== 'completed') {
    const secondsRemaining = Math.max(1, required - progress.timeSpentSeconds)
    throw new AppError('conflict', `Keep studying this lesson: about ${secondsRemaining} more seconds before it can be marked complete.`, {
      secondsRemaining,
    })
  }
  const certificate = progress.newlyCompleted ? await issueCertificateIfComplete(payload, user, lesson.moduleId) : null
  return { progress, certificate, standingChanged: progress.started || progress.newlyCompleted }
}
