import type { Payload } from 'payload'

import { invalidateNow } from '@/cache/invalidate'
import { organizationTag } from '@/cache/tags'
import { pgPool } from '@/lib/db'
import { dayIn, endOfDayIn, timeZoneOr } from '@/lib/org/timeZone'

/** How long a learner has to recertify once the module is assigned again. */
export const RECERTIFY_DUE_DAYS = 30

interface ExpiredRow {
  id: number
  user_id: number
  module_id: number
  organization_id: number
  expires_at: Date
  time_zone: string | null
}

/**
 * Expired module certificates to assign again: not revoked, the learner's
 * latest for the module, the learner active in an organization and the module
 * still published. Deactivated learners and learners with no organization are
 * left alone (nobody would follow the assignment).
 */
const expiredCertificates = async (payload: Payload, now: Date) =>
  (
    await pgPool(payload).query<ExpiredRow>(
      `select c.id, c.user_id, c.module_id, u.organization_id, c.expires_at, o.time_zone
         from certificates c
         join users u on u.id = c.user_id and u.deactivated_at is null and u.organization_id is not null
         join organizations o on o.id = u.organization_id
         join modules m on m.id = c.module_id and m._status = 'published'
        where c.expires_at <= $1 and not coalesce(c.revoked, false)
          and not exists (select 1 from certificates newer where newer.user_id = c.user_id and newer.module_id = c.module_id and newer.round > c.round)
          and not exists (select 1 from assignments a where a.recertifies_id = c.id)`,
      [now.toISOString()],
    )
  ).rows

/**
 * One statement per certificate, so it all happens once or not at all: the
 * assignment (the unique `recertifies` keeps it to one however many runs or
 * instances race), the learner's progress on the module's lessons cleared (a
 * new certificate needs new time on task and new completions; the expired
 * certificate's own `evidence` keeps the record of the first round), and the
 * audit entry, worded like a manager's assignment so the audit page reads it.
 */
const RECERTIFY = `
  with c as (
    select c.id, c.user_id, c.module_id, c.expires_at, u.organization_id, u.name as user_name,
           (select title from modules_locales where _parent_id = c.module_id and _locale = 'en') as title
      from certificates c join users u on u.id = c.user_id where c.id = $1
  ), a as (
    insert into assignments (organization_id, learner_id, module_id, due_date, note, recertifies_id, updated_at, created_at)
    select organization_id, user_id, module_id, $2::timestamptz, $3, id, now(), now() from c
    on conflict (recertifies_id) do nothing
    returning id, organization_id, learner_id, module_id, due_date
  ), cleared as (
    delete from progress p using a where p.user_id = a.learner_id and p.module_id = a.module_id returning p.id
  ), audited as (
    insert into audit_events (action, organization_id, summary, details, updated_at, created_at)
    select 'assignment.created', a.organization_id,
           left('Assigned module #' || a.module_id || ' to learner #' || a.learner_id || ' again for recertification (certificate #' || c.id
                || ' expired), due ' || to_char(a.due_date at time zone 'UTC', 'YYYY-MM-DD'), 500),
           jsonb_build_object('assignment', a.id, 'userName', c.user_name, 'cohortName', null, 'module', a.module_id, 'path', null,
                              'title', c.title, 'dueDate', a.due_date, 'previousDueDate', null,
                              'recertifies', c.id, 'certificateExpiredAt', c.expires_at, 'clearedProgress', (select count(*) from cleared)),
           now(), now()
      from a, c
    returning id
  )
  select a.id, a.organization_id, (select count(*)::int from audited) as audited from a`

/**
 * The recertification job: each expired module certificate gets its module
 * assigned again, once, due RECERTIFY_DUE_DAYS later (end of that day in the
 * organization's time zone). Issuing then opens the next round (see round.ts).
 */
export const recertifyExpiredCertificates = async (payload: Payload, now = new Date()) => {
  const pool = pgPool(payload)
  const expired = await expiredCertificates(payload, now)
  let assigned = 0
  const organizations = new Set<number>()
  for (const row of expired) {
    const timeZone = timeZoneOr(row.time_zone)
    const due = endOfDayIn(dayIn(new Date(now.getTime() + RECERTIFY_DUE_DAYS * 86_400_000), timeZone), timeZone)
    const note = `Recertification: the certificate expired on ${dayIn(new Date(row.expires_at), timeZone)}.`
    const { rows } = await pool.query<{ id: number; organization_id: number }>(RECERTIFY, [row.id, due.toISOString(), note])
    if (rows[0]) {
      assigned++
      organizations.add(rows[0].organization_id)
    }
  }
  // The dashboards of those organizations now show the module as assigned and not started.
  await invalidateNow(payload, [...organizations].map(organizationTag))
  return { expired: expired.length, assigned }
}
