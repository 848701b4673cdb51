import type { Payload } from 'payload'

import type { Quiz } from '@/payload-types'

import { pgPool } from '@/lib/db'

/** True when the learner has a passed attempt at this quiz. */
export const hasPassed = async (payload: Payload, userId: number, quizId: number): Promise<boolean> => {
  const { rows } = await pgPool(payload).query<{ passed: boolean }>(
    'select exists (select 1 from quiz_attempts where user_id = $1 and quiz_id = $2 and passed) as passed',
    [userId, quizId],
  )
  return rows[0]?.passed ?? false
}

/** Whether a learner who passed may take this quiz again (the quiz's "retake after pass" setting; off unless a trainer turns it on). */
export const mayRetakeAfterPass = (quiz: Pick<Quiz, 'retakeAfterPass'>): boolean => quiz.retakeAfterPass === true
