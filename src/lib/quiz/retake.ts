import type { Payload } from 'payload'

import type { Quiz } from '@/payload-types'

import { recertifiedSince } from '@/lib/certificates/round'
import { pgPool } from '@/lib/db'

/** True when the learner has a passed attempt at this quiz in the current recertification round. */
export const hasPassed = async (payload: Payload, userId: number, quizId: number): Promise<boolean> => {
  const { rows } = await pgPool(payload).query<{ passed: boolean }>(
    `select exists (select 1 from quiz_attempts a join quizzes q on q.id = a.quiz_id
      where a.user_id = $1 and a.quiz_id = $2 and a.passed and a.submitted_at >= ${recertifiedSince('$1', 'q.module_id')}) as passed`,
    [userId, quizId],
  )
  return rows[0]?.passed ?? false
}

/** Whether a learner who passed may take this quiz again (the quiz's "retake after pass" setting; off unless a trainer turns it on). */
export const mayRetakeAfterPass = (quiz: Pick<Quiz, 'retakeAfterPass'>): boolean => quiz.retakeAfterPass === true
