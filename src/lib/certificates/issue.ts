import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'

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

/** Where a learner stands in one module, in a single query. Only published lessons and quizzes count. */
export const moduleStanding = async (payload: Payload, userId: number, moduleId: number): Promise<ModuleStanding> => {
  const { rows } = await pgPool(payload).query<{ lessons: number; completed: number; quizzes: number; passed: number }>(
    `select
       (select count(*)::int from lessons where module_id = $2 and _status = 'published') as lessons,
       (select count(*)::int from progress p join lessons l on l.id = p.lesson_id
          where p.user_id = $1 and l.module_id = $2 and l._status = 'published' and p.status = 'completed') as completed,
       (select count(*)::int from quizzes where module_id = $2 and _status = 'published') as quizzes,
       (select count(distinct a.quiz_id)::int from quiz_attempts a join quizzes q on q.id = a.quiz_id
          where a.user_id = $1 and q.module_id = $2 and q._status = 'published' and a.passed) as passed`,
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

/**
 * Issues the module certificate once every requirement is met. Safe to call
 * repeatedly and concurrently: the (user, module) unique index keeps one.
 */
export const issueCertificateIfComplete = async (
  payload: Payload,
  user: { id: number; name?: string | null; email?: string | null },
  moduleId: number,
): Promise<{ id: number; code: string } | null> => {
  const standing = await moduleStanding(payload, user.id, moduleId)
  if (!standing.complete) return null
  const { rows } = await pgPool(payload).query<{ id: number; code: string }>(
    `insert into certificates (user_id, module_id, code, learner_name, issued_at, revoked, updated_at, created_at)
     values ($1, $2, $3, $4, now(), false, now(), now())
     on conflict (user_id, module_id) do nothing
     returning id, code`,
    [user.id, moduleId, newVerificationCode(), user.name || user.email || 'Learner'],
  )
  return rows[0] ?? null
}
