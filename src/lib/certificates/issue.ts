import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'

import { recertificationCount, recertifiedSince } from './round'

// Crockford base32 without look-alikes: readable aloud and typed from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 20 characters of base32 = 100 random bits, grouped for reading. */
export const newVerificationCode = (): string => {
  const bytes = randomBytes(20)
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % 32]).join('')
  return chars.match(/.{5}/g)!.join('-')
}

export interface ModuleStanding {
  lessons: number
  completedLessons: number
  quizzes: number
  passedQuizzes: number
  complete: boolean
}

const SINCE = recertifiedSince('$1', '$2')

/**
 * Where a learner stands in one module, in a single query. Only published
 * lessons and quizzes count, and only what was done in the current round
 * (after the latest recertification was assigned; see round.ts).
 */
export const moduleStanding = async (payload: Payload, userId: number, moduleId: number): Promise<ModuleStanding> => {
  const { rows } = await pgPool(payload).query<{ lessons: number; completed: number; quizzes: number; passed: number }>(
    `select
       (select count(*)::int from lessons where module_id = $2 and _status = 'published') as lessons,
       (select count(*)::int from progress p join lessons l on l.id = p.lesson_id
          where p.user_id = $1 and l.module_id = $2 and l._status = 'published' and p.status = 'completed'
            and p.completed_at >= ${SINCE}) as completed,
       (select count(*)::int from quizzes where module_id = $2 and _status = 'published') as quizzes,
       (select count(distinct a.quiz_id)::int from quiz_attempts a join quizzes q on q.id = a.quiz_id
          where a.user_id = $1 and q.module_id = $2 and q._status = 'published' and a.passed
            and a.submitted_at >= ${SINCE}) as passed`,
    [userId, moduleId],
  )
  const { lessons, completed, quizzes, passed } = rows[0]
  return {
    lessons,
    completedLessons: completed,
    quizzes,
    passedQuizzes: passed,
    complete: lessons > 0 && completed >= lessons && passed >= quizzes,
  }
}

/** One lesson's share of a certificate: server-measured time on task and when it was done. */
export interface LessonEvidence {
  lessonId: number
  /** The title in every language it has, when the certificate was issued. */
  title: Record<string, string>
  seconds: number
  startedAt: string
  completedAt: string
}

/** One quiz's share of a certificate. */
export interface QuizEvidence {
  quizId: number
  title: Record<string, string>
  attemptsUsed: number
  bestScore: number
  passingScore: number
  /** When the first passing attempt was submitted. */
  passedAt: string | null
}

/** What a certificate rests on, recorded once when it is issued (`certificates.evidence`). */
export interface CertificateEvidence {
  totalSeconds: number
  lessons: LessonEvidence[]
  quizzes: QuizEvidence[]
}

// Built in SQL, inside the statement that issues the certificate, so the
// evidence is exactly the records the issue decision saw.
const EVIDENCE = `
  select json_build_object(
    'totalSeconds', coalesce((select sum(floor(p.time_spent_seconds))::int from progress p join lessons l on l.id = p.lesson_id
                               where p.user_id = $1 and l.module_id = $2 and l._status = 'published' and p.status = 'completed'
                                 and p.completed_at >= ${SINCE}), 0),
    'lessons', coalesce((
      select json_agg(json_build_object(
               'lessonId', l.id,
               'title', (select json_object_agg(t._locale, t.title) from lessons_locales t where t._parent_id = l.id and t.title is not null),
               'seconds', floor(p.time_spent_seconds)::int,
               'startedAt', p.started_at,
               'completedAt', p.completed_at) order by l."order", l.id)
        from lessons l join progress p on p.lesson_id = l.id and p.user_id = $1
       where l.module_id = $2 and l._status = 'published' and p.status = 'completed' and p.completed_at >= ${SINCE}), '[]'::json),
    'quizzes', coalesce((
      select json_agg(json_build_object(
               'quizId', q.id,
               'title', (select json_object_agg(t._locale, t.title) from quizzes_locales t where t._parent_id = q.id and t.title is not null),
               'attemptsUsed', s.used,
               'bestScore', s.best,
               'passingScore', q.passing_score::float8,
               'passedAt', s.passed_at) order by q.id)
        from quizzes q
        cross join lateral (select count(*)::int as used, coalesce(max(a.score), 0)::float8 as best,
                                   min(a.submitted_at) filter (where a.passed) as passed_at
                              from quiz_attempts a where a.user_id = $1 and a.quiz_id = q.id and a.submitted_at >= ${SINCE}) s
       where q.module_id = $2 and q._status = 'published'), '[]'::json)
  ) as evidence`

/**
 * Issues the module certificate once every requirement is met, with its
 * evidence (time on task per lesson, attempts and scores per quiz), the
 * learner's organization of the moment and, when the module has a validity
 * period, when it expires. Safe to call repeatedly and concurrently: the
 * (user, module, round) unique index keeps one per round, and the round only
 * moves on when an expired certificate is assigned again.
 */
export const issueCertificateIfComplete = async (
  payload: Payload,
  user: { id: number; name?: string | null; email?: string | null },
  moduleId: number,
): Promise<{ id: number; code: string } | null> => {
  const standing = await moduleStanding(payload, user.id, moduleId)
  if (!standing.complete) return null
  const { rows } = await pgPool(payload).query<{ id: number; code: string }>(
    `with e as (${EVIDENCE})
     insert into certificates (user_id, module_id, organization_id, code, learner_name, issued_at, expires_at, round, revoked,
                               total_learning_seconds, evidence, updated_at, created_at)
     select $1, $2, (select organization_id from users where id = $1), $3, $4, now(),
            now() + make_interval(months => (select validity_months::int from modules where id = $2)),
            ${recertificationCount('$1', '$2')}, false,
            (e.evidence->>'totalSeconds')::int, e.evidence::jsonb, now(), now()
       from e
     on conflict (user_id, module_id, round) do nothing
     returning id, code`,
    [user.id, moduleId, newVerificationCode(), user.name || user.email || 'Learner'],
  )
  return rows[0] ?? null
}
