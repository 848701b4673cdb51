import type { Payload } from 'payload'

import { recertifiedSince } from '@/lib/certificates/round'
import { pgPool } from '@/lib/db'

export interface NewAttempt {
  userId: number
  quizId: number
  moduleId: number
  /** The number the questions were drawn for, recorded only if it is still the next one; null: whatever is next. */
  attemptNumber: number | null
  maxAttempts: number
  /** The quiz's "learners who passed may take it again" setting: otherwise a learner who passed records nothing. */
  retakeAfterPass: boolean
  score: number
  passed: boolean
  locale: string
  startedAt: string | null
  questionIds: string[]
  answers: unknown
  review: unknown
  grading: unknown
}

/** Extra attempts a manager granted (one per attempt-grants row), added to the quiz's own limit. */
const GRANTED = '(select count(*)::int from attempt_grants g where g.learner_id = $1 and g.quiz_id = $2)'

/**
 * Records an attempt in one statement: its number is the next one for this
 * learner and quiz (and the one its questions were drawn for), it is refused
 * past maxAttempts plus the attempts granted, and the (user, quiz,
 * attemptNumber) unique index lets exactly one of several simultaneous
 * submissions take a number. It is refused, too, while a published lesson of
 * the module is not complete (the quiz comes after the lessons), and once
 * the learner passed unless the quiz allows retakes, in the same statement so
 * a submission costs no extra query (and two submissions after a pass cannot
 * both slip in). After a recertification is assigned (an expired certificate),
 * only attempts since then count toward the limit and the pass, so the learner
 * can take the quiz again; attempt numbers keep counting up. Returns the attempt and the learner's attempt limit, or null
 * when nothing was recorded.
 */
export const recordAttempt = async (payload: Payload, attempt: NewAttempt) => {
  const { rows } = await pgPool(payload).query<{ id: number; attempt_number: number; attempt_limit: number; used: number }>(
    `with granted as (select ${GRANTED} as n),
     since as (select ${recertifiedSince('$1', '$3')} as at),
     recorded as (
       -- The attempt takes the learner's organization of the moment, and keeps it.
       insert into quiz_attempts (user_id, quiz_id, module_id, organization_id, attempt_number, score, passed, locale, started_at,
                                  submitted_at, question_ids, answers, review, grading, updated_at, created_at)
       select $1, $2, $3, (select organization_id from users where id = $1),
              coalesce($12::int, coalesce(max(attempt_number), 0) + 1), $5, $6, $7, $8, now(), $13, $9, $10, $11, now(), now()
         from quiz_attempts where user_id = $1 and quiz_id = $2
       having count(*) filter (where submitted_at >= (select at from since)) < $4 + (select n from granted)
          and ($12::int is null or coalesce(max(attempt_number), 0) + 1 = $12::int)
          and ($14::boolean or not coalesce(bool_or(passed) filter (where submitted_at >= (select at from since)), false))
          and not exists (select 1 from lessons l where l.module_id = $3 and l._status = 'published'
                            and not exists (select 1 from progress p where p.user_id = $1 and p.lesson_id = l.id and p.status = 'completed'))
       on conflict (user_id, quiz_id, attempt_number) do nothing
       returning id, attempt_number)
     -- The statement's snapshot does not see its own insert: the round's attempts before this one, plus this one.
     select recorded.id, recorded.attempt_number::int as attempt_number, ($4 + granted.n)::int as attempt_limit,
            (select count(*)::int from quiz_attempts where user_id = $1 and quiz_id = $2 and submitted_at >= (select at from since)) + 1 as used
       from recorded, granted`,
    [
      attempt.userId,
      attempt.quizId,
      attempt.moduleId,
      attempt.maxAttempts,
      attempt.score,
      attempt.passed,
      attempt.locale,
      attempt.startedAt,
      JSON.stringify(attempt.answers),
      JSON.stringify(attempt.review),
      JSON.stringify(attempt.grading),
      attempt.attemptNumber,
      JSON.stringify(attempt.questionIds),
      attempt.retakeAfterPass,
    ],
  )
  return rows[0] ? { id: rows[0].id, attemptNumber: rows[0].attempt_number, attemptLimit: rows[0].attempt_limit, attemptsUsed: rows[0].used } : null
}

/** Attempts that count toward the limit: those of the current recertification round (all of them when there is none). */
export const attemptsUsed = async (payload: Payload, userId: number, quizId: number): Promise<number> => {
  const { rows } = await pgPool(payload).query<{ n: number }>(
    `select count(*)::int as n from quiz_attempts a join quizzes q on q.id = a.quiz_id
      where a.user_id = $1 and a.quiz_id = $2 and a.submitted_at >= ${recertifiedSince('$1', 'q.module_id')}`,
    [userId, quizId],
  )
  return rows[0].n
}

/** The number the learner's next attempt at this quiz will take: its questions are drawn for it. */
export const nextAttemptNumber = async (payload: Payload, userId: number, quizId: number): Promise<number> => {
  const { rows } = await pgPool(payload).query<{ n: number }>(
    'select coalesce(max(attempt_number), 0)::int + 1 as n from quiz_attempts where user_id = $1 and quiz_id = $2',
    [userId, quizId],
  )
  return rows[0].n
}

/** How many extra attempts managers granted this learner on this quiz. */
export const attemptsGranted = async (payload: Payload, userId: number, quizId: number): Promise<number> => {
  const { rows } = await pgPool(payload).query<{ n: number }>(`select ${GRANTED} as n`, [userId, quizId])
  return rows[0].n
}

/** The learner's attempt limit on a quiz: the quiz's own, plus what their manager granted. */
export const attemptLimit = async (payload: Payload, userId: number, quiz: { id: number; maxAttempts: number }) =>
  quiz.maxAttempts + (await attemptsGranted(payload, userId, quiz.id))
