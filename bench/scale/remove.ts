import type { Pool } from 'pg'

import { SCALE_EMAIL_PATTERN, SCALE_MODULE_SLUG_PATTERN, SCALE_ORG_SLUG_PATTERN } from './markers'

/** True when any benchmark organization, person or module is in the database. */
export const scaleDataExists = async (pool: Pool): Promise<boolean> => {
  const { rows } = await pool.query<{ found: boolean }>(
    `select exists (select 1 from organizations where slug ~ $1)
         or exists (select 1 from users where email like $2)
         or exists (select 1 from modules where slug ~ $3) as found`,
    [SCALE_ORG_SLUG_PATTERN, SCALE_EMAIL_PATTERN, SCALE_MODULE_SLUG_PATTERN],
  )
  return rows[0].found
}

/**
 * Children before parents: most foreign keys here are `on delete set null` on
 * NOT NULL columns (progress.user_id, quiz_attempts.quiz_id…), so deleting a
 * parent first would fail rather than cascade. Version rows only lose their
 * parent (set null), so they are deleted explicitly.
 */
const DELETIONS = [
  `delete from progress where user_id in (select id from scale_users) or module_id in (select id from scale_modules)`,
  `delete from quiz_attempts where user_id in (select id from scale_users) or module_id in (select id from scale_modules)
     or quiz_id in (select id from quizzes where module_id in (select id from scale_modules))`,
  `delete from certificates where user_id in (select id from scale_users) or module_id in (select id from scale_modules)`,
  `delete from reminder_deliveries where recipient_id in (select id from scale_users)
     or assignment_id in (select id from assignments where organization_id in (select id from scale_orgs))`,
  `delete from assignments where organization_id in (select id from scale_orgs) or learner_id in (select id from scale_users)
     or module_id in (select id from scale_modules)`,
  `delete from invitations where organization_id in (select id from scale_orgs)`,
  `delete from readiness_assessments where organization_id in (select id from scale_orgs)`,
  `delete from audit_events where organization_id in (select id from scale_orgs) or actor_id in (select id from scale_users)`,
  `delete from payload_preferences where id in (select parent_id from payload_preferences_rels where users_id in (select id from scale_users))`,
  `delete from users where id in (select id from scale_users)`,
  `delete from cohorts where organization_id in (select id from scale_orgs)`,
  `delete from _quizzes_v where parent_id in (select id from quizzes where module_id in (select id from scale_modules))`,
  `delete from quizzes where module_id in (select id from scale_modules)`,
  `delete from _lessons_v where parent_id in (select id from lessons where module_id in (select id from scale_modules))`,
  `delete from lessons where module_id in (select id from scale_modules)`,
  `delete from _modules_v where parent_id in (select id from scale_modules)`,
  `delete from modules where id in (select id from scale_modules)`,
  `delete from organizations where id in (select id from scale_orgs)`,
]

/** Deletes every row seed:scale wrote, in one transaction; returns the number of rows deleted. */
export const removeScaleData = async (pool: Pool): Promise<number> => {
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query(`create temp table scale_users on commit drop as select id from users where email like $1`, [SCALE_EMAIL_PATTERN])
    await client.query(`create temp table scale_orgs on commit drop as select id from organizations where slug ~ $1`, [SCALE_ORG_SLUG_PATTERN])
    await client.query(`create temp table scale_modules on commit drop as select id from modules where slug ~ $1`, [SCALE_MODULE_SLUG_PATTERN])
    await client.query('analyze scale_users; analyze scale_orgs; analyze scale_modules')
    let deleted = 0
    for (const statement of DELETIONS) deleted += (await client.query(statement)).rowCount ?? 0
    await client.query('commit')
    return deleted
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
