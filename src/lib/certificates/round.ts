import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'

/**
 * Recertification rounds. A module certificate that expires is assigned again
 * (an assignment that `recertifies` it); each such assignment opens the next
 * round for that learner and module, and a new certificate rests only on
 * evidence recorded after the latest one was made. With no recertification,
 * the round is 0 and every record counts, as before expiry existed.
 *
 * SQL fragments; `user` and `module` are the statement's parameter or column
 * expressions.
 */
export const recertificationCount = (user: string, module: string) =>
  `(select count(*)::int from assignments ra join certificates rc on rc.id = ra.recertifies_id
     where rc.user_id = ${user} and rc.module_id = ${module})`

/** When the latest recertification was assigned: completions and attempts before it belong to the earlier round. */
export const recertifiedSince = (user: string, module: string) =>
  `coalesce((select max(ra.created_at) from assignments ra join certificates rc on rc.id = ra.recertifies_id
     where rc.user_id = ${user} and rc.module_id = ${module}), '-infinity'::timestamptz)`

/** A certificate that still proves completion at `at`: not revoked and not past its expiry. */
export const validCertificate = (alias: string, at = 'now()') =>
  `(not coalesce(${alias}.revoked, false) and (${alias}.expires_at is null or ${alias}.expires_at > ${at}))`

/** When the learner's latest recertification of the module was assigned, or null (round 0). */
export const recertificationStartedAt = async (payload: Payload, userId: number, moduleId: number): Promise<Date | null> => {
  const { rows } = await pgPool(payload).query<{ at: Date | null }>(
    `select max(ra.created_at) as at from assignments ra join certificates rc on rc.id = ra.recertifies_id
      where rc.user_id = $1 and rc.module_id = $2`,
    [userId, moduleId],
  )
  return rows[0]?.at ?? null
}

/** The attempts of the current round: what the attempt limit and "already passed" look at. */
export const inCurrentRound = <T extends { submittedAt?: string | null; createdAt: string }>(records: T[], since: Date | null): T[] =>
  since ? records.filter((record) => new Date(record.submittedAt ?? record.createdAt) >= since) : records
