import type { Pool } from 'pg'

import type { RankedLesson } from './curriculum'
import { ANCHOR_ORG_NUMBER, SCALE_QUIZ_SUBMITTERS, learnerEmail } from './markers'

/**
 * The quiz-submit benchmark signs in the anchor organization's first
 * learners (bench/scaleTargets.ts). A quiz is refused until every published
 * lesson of its module is completed, so those learners have studied every
 * scale lesson: completed rows with the time a reader would have spent,
 * written over whatever the random activity gave them.
 */
export const completeScaleLessonsForSubmitters = async (pool: Pool, scaleLessons: RankedLesson[]) => {
  if (!scaleLessons.length) return 0
  const emails = Array.from({ length: SCALE_QUIZ_SUBMITTERS }, (_, index) => learnerEmail(ANCHOR_ORG_NUMBER, index + 1))
  const { rowCount } = await pool.query(
    `with learner as (select id, organization_id from users where email = any($1::text[]) and role = 'learner'),
          lesson as (select id, module_id from unnest($2::int[], $3::int[]) as l(id, module_id))
     insert into progress (user_id, lesson_id, module_id, organization_id, status, started_at, completed_at, last_seen_at,
                           time_spent_seconds, last_position, created_at, updated_at)
     select learner.id, lesson.id, lesson.module_id, learner.organization_id, 'completed'::enum_progress_status,
            now() - interval '2 days', now() - interval '2 days' + interval '10 minutes', now() - interval '2 days' + interval '10 minutes',
            600, 100, now() - interval '2 days', now() - interval '2 days' + interval '10 minutes'
       from learner cross join lesson
     on conflict (user_id, lesson_id) do update
        set status = excluded.status, completed_at = excluded.completed_at, last_seen_at = excluded.last_seen_at,
            time_spent_seconds = greatest(progress.time_spent_seconds, excluded.time_spent_seconds), last_position = 100,
            updated_at = excluded.updated_at`,
    [emails, scaleLessons.map((lesson) => lesson.id), scaleLessons.map((lesson) => lesson.moduleId)],
  )
  return rowCount ?? 0
}
