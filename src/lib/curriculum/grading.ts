import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { Quiz } from '@/payload-types'

import { pgPool } from '@/lib/db'

/**
 * What decides who may track a lesson (its module, its organization and
 * whether it is published) and how long it asks to be studied.
 */
export interface LessonAccessFacts {
  moduleId: number | null
  organization: number | null
  _status: string | null
  estimatedMinutes: number | null
  minimumMinutes: number | null
}

export const lessonAccessFacts = async (payload: Payload, lessonId: number): Promise<LessonAccessFacts | null> => {
  const { rows } = await pgPool(payload).query<{
    module_id: number | null
    organization_id: number | null
    _status: string | null
    estimated_minutes: number | null
    minimum_minutes: number | null
  }>(
    `select module_id, organization_id, _status, estimated_minutes::float8 as estimated_minutes, minimum_minutes::float8 as minimum_minutes
       from lessons where id = $1`,
    [lessonId],
  )
  const row = rows[0]
  return row
    ? {
        moduleId: row.module_id,
        organization: row.organization_id,
        _status: row._status,
        estimatedMinutes: row.estimated_minutes,
        minimumMinutes: row.minimum_minutes,
      }
    : null
}

/**
 * The quiz with its answer key, for grading on the server only: read past
 * access control, so callers apply the document rule (mayReadCurriculumDoc).
 */
export const quizForGrading = async (payload: Payload, quizId: number, locale: AppLocale): Promise<Quiz | null> =>
  payload
    .findByID({ collection: 'quizzes', id: quizId, depth: 0, locale, overrideAccess: true, disableErrors: true })
    .then((quiz) => quiz ?? null)
    .catch(() => null)
