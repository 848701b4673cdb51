import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'

import { pgPool } from '@/lib/db'
import { AppError } from '@/lib/errors'

export interface LessonLeft {
  id: number
  slug: string
  title: string
}

/** The module's published lessons the learner has not completed, in course order, titled in `locale` (English when missing). */
export const lessonsLeft = async (payload: Payload, userId: number, moduleId: number, locale: AppLocale): Promise<LessonLeft[]> => {
  const { rows } = await pgPool(payload).query<LessonLeft>(
    `select l.id, l.slug, coalesce(wanted.title, english.title, l.slug) as title
       from lessons l
       left join lessons_locales wanted on wanted._parent_id = l.id and wanted._locale = $3
       left join lessons_locales english on english._parent_id = l.id and english._locale = 'en'
      where l.module_id = $2 and l._status = 'published'
        and not exists (select 1 from progress p where p.user_id = $1 and p.lesson_id = l.id and p.status = 'completed')
      order by l."order", l.id`,
    [userId, moduleId, locale],
  )
  return rows
}

/**
 * A module's quiz is taken after its lessons: a 'conflict' naming the
 * lessons left (`details.lessonsLeft`) while any published lesson is not complete.
 */
export const assertLessonsComplete = async (payload: Payload, userId: number, moduleId: number, locale: AppLocale): Promise<void> => {
  const left = await lessonsLeft(payload, userId, moduleId, locale)
  if (left.length === 0) return
  throw new AppError('conflict', `Complete every lesson of this module before the quiz. Lessons left: ${left.map((lesson) => lesson.title).join('; ')}.`, {
    lessonsLeft: left,
  })
}
