import type { Pool } from 'pg'

import type { GradedModule, RankedLesson } from './curriculum'
import { SCALE_EMAIL_PATTERN } from './markers'

/** Rows per statement: big enough to be set-based, small enough to report progress and keep WAL bursts modest. */
const ROWS_PER_BATCH = 100_000

/** A stable pseudo-random 0…modulo-1 per (SQL expression, salt), so reruns produce the same shape. */
const pick = (expression: string, salt: number, modulo: string) =>
  `((hashint8extended((${expression})::bigint, ${salt}) & 2147483647) % (${modulo}))::int`

export interface ActivityCounts {
  progress: number
  attempts: number
  certificates: number
}

/**
 * Each learner has a progress row on the first `lessonsPerLearner` ranked
 * lessons (toolkit first), of which a per-learner share from none to all is
 * completed. Whoever completed every lesson of a toolkit module took its quiz
 * one to three times, and most passed on the last try and hold the certificate.
 */
export const insertActivity = async (
  pool: Pool,
  lessons: RankedLesson[],
  graded: GradedModule[],
  lessonsPerLearner: number,
  log: (message: string) => void,
): Promise<ActivityCounts> => {
  const ranked = lessons.slice(0, lessonsPerLearner)
  const { rows: learners } = await pool.query<{ id: number }>(
    `select id from users where email like $1 and role = 'learner' order by id`,
    [SCALE_EMAIL_PATTERN],
  )
  const perBatch = Math.max(1, Math.floor(ROWS_PER_BATCH / Math.max(1, ranked.length)))
  const totals: ActivityCounts = { progress: 0, attempts: 0, certificates: 0 }
  for (let start = 0; start < learners.length; start += perBatch) {
    const batch = learners.slice(start, start + perBatch)
    const range = [batch[0].id, batch[batch.length - 1].id]
    totals.progress += await insertProgress(pool, range, ranked)
    totals.attempts += await insertAttempts(pool, range, graded, ranked.length)
    totals.certificates += await insertCertificates(pool, range)
    log(`  activity: ${Math.min(start + perBatch, learners.length)}/${learners.length} learners, ${totals.progress} progress rows`)
  }
  return totals
}

// The completed share is one draw per learner, used by progress and attempts alike.
const completedCount = (lessonCount: number) => pick('u.id', 1, String(lessonCount + 1))

const scaleLearnersIn = `u.id between $1 and $2 and u.email like '${SCALE_EMAIL_PATTERN}' and u.role = 'learner'`

const insertProgress = async (pool: Pool, [from, to]: number[], ranked: RankedLesson[]) => {
  const { rowCount } = await pool.query(
    `with learner as (
       select u.id, u.organization_id, ${completedCount(ranked.length)} as done, 10 + ${pick('u.id', 2, '90')} as started_days_ago from users u where ${scaleLearnersIn}
     ), lesson as (
       select id, module_id, rank::int from unnest($3::int[], $4::int[]) with ordinality as l(id, module_id, rank)
     ), planned as (
       select learner.id as user_id, learner.organization_id, lesson.id as lesson_id, lesson.module_id, lesson.rank <= learner.done as completed,
              now() - make_interval(days => learner.started_days_ago) + make_interval(mins => lesson.rank * 10) as started_at,
              ${pick('learner.id::bigint * 1000 + lesson.rank', 3, '900')} + 60 as seconds
       from learner cross join lesson
     )
     insert into progress (user_id, lesson_id, module_id, organization_id, status, started_at, completed_at, last_seen_at,
                           time_spent_seconds, last_position, created_at, updated_at)
     select user_id, lesson_id, module_id, organization_id,
            (case when completed then 'completed' else 'in-progress' end)::enum_progress_status,
            started_at, case when completed then started_at + make_interval(secs => seconds) end,
            started_at + make_interval(secs => seconds), seconds,
            case when completed then 100 else ${pick('user_id::bigint * 1000 + lesson_id', 4, '90')} end,
            started_at, started_at + make_interval(secs => seconds)
     from planned`,
    [from, to, ranked.map((lesson) => lesson.id), ranked.map((lesson) => lesson.moduleId)],
  )
  return rowCount ?? 0
}

const insertAttempts = async (pool: Pool, [from, to]: number[], graded: GradedModule[], lessonCount: number) => {
  if (!graded.length) return 0
  const { rowCount } = await pool.query(
    `with learner as (
       select u.id, u.organization_id, ${completedCount(lessonCount)} as done from users u where ${scaleLearnersIn}
     ), quiz as (
       select * from unnest($3::int[], $4::int[], $5::int[], $6::int[]) as q(quiz_id, module_id, max_attempts, last_rank)
     ), taken as (
       select learner.id as user_id, learner.organization_id, quiz.quiz_id, quiz.module_id,
              least(quiz.max_attempts, 1 + ${pick('learner.id::bigint * 100 + quiz.module_id', 5, '3')}) as tries,
              ${pick('learner.id::bigint * 100 + quiz.module_id', 6, '5')} <> 0 as passes
       from learner join quiz on quiz.last_rank <= learner.done and quiz.last_rank <= $7
     ), attempt as (
       select taken.*, n, n = tries and passes as passed,
              now() - make_interval(days => 30 - n, hours => ${pick('user_id', 7, '24')}) as submitted_at
       from taken cross join generate_series(1, taken.tries) as n
     ), scored as (
       select attempt.*,
              case when passed then 80 + ${pick('user_id::bigint * 10 + n', 8, '21')} else 30 + ${pick('user_id::bigint * 10 + n', 9, '50')} end as score
       from attempt
     )
     insert into quiz_attempts (user_id, quiz_id, module_id, organization_id, attempt_number, score, passed, locale, started_at, submitted_at,
                                answers, review, created_at, updated_at)
     select user_id, quiz_id, module_id, organization_id, n, score, passed, 'en', submitted_at - interval '12 minutes', submitted_at, '[]'::jsonb,
            -- The shape of a "score only" review, which every review setting's page can show.
            jsonb_build_object('score', score, 'passed', passed, 'earned', score, 'possible', 100),
            submitted_at, submitted_at
     from scored`,
    [
      from,
      to,
      graded.map((module) => module.quizId),
      graded.map((module) => module.moduleId),
      graded.map((module) => module.maxAttempts),
      graded.map((module) => module.lastRank),
      lessonCount,
    ],
  )
  return rowCount ?? 0
}

/** A certificate for each passed module; hex digits are all in the verification alphabet. */
const insertCertificates = async (pool: Pool, [from, to]: number[]) => {
  const { rowCount } = await pool.query(
    `insert into certificates (user_id, module_id, organization_id, code, learner_name, issued_at, revoked, created_at, updated_at)
     select a.user_id, a.module_id, u.organization_id,
            regexp_replace(upper(substr(md5(a.user_id || ':' || a.module_id || ':' || random()::text), 1, 20)),
                           '(.{5})(.{5})(.{5})(.{5})', '\\1-\\2-\\3-\\4'),
            u.name, max(a.submitted_at), false, max(a.submitted_at), max(a.submitted_at)
     from quiz_attempts a join users u on u.id = a.user_id
     where a.passed and ${scaleLearnersIn}
     group by a.user_id, a.module_id, u.name, u.organization_id`,
    [from, to],
  )
  return rowCount ?? 0
}
