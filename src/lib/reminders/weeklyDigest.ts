import type { Payload } from 'payload'

import { validCertificate } from '@/lib/certificates/round'
import { pgPool } from '@/lib/db'
import { type DigestFigures, weeklyDigestEmail } from '@/lib/email/reminderEmails'
import { LEARNER_MODULES_CTE } from '@/lib/org/assignmentSql'
import { claimDelivery, releaseDelivery, weekKey } from './claim'

interface FigureRow {
  organization_id: number
  organization: string
  learners: number
  overdue: number
  completed_this_week: number
  not_started: number
}

/** Every organization's figures for the week, in one query. */
const organizationFigures = async (payload: Payload, now: Date) => {
  const { rows } = await pgPool(payload).query<FigureRow>(
    `with ${LEARNER_MODULES_CTE}, per as (
       select organization_id, user_id, module_id, min(due_date) as due from learner_modules group by 1, 2, 3
     )
     select o.id as organization_id, o.name as organization,
       (select count(*)::int from users u where u.organization_id = o.id and u.role = 'learner' and u.deactivated_at is null) as learners,
       (count(per.module_id) filter (where c.id is null and per.due < $2::timestamptz))::int as overdue,
       (count(per.module_id) filter (where c.issued_at >= $2::timestamptz - interval '7 days'))::int as completed_this_week,
       (count(per.module_id) filter (where c.id is null and not exists (
          select 1 from progress p where p.user_id = per.user_id and p.module_id = per.module_id)))::int as not_started
     from organizations o
     left join per on per.organization_id = o.id
     -- Expired certificates no longer settle a module (the module is assigned again).
     left join certificates c on c.user_id = per.user_id and c.module_id = per.module_id and ${validCertificate('c', '$2::timestamptz')}
     group by o.id, o.name`,
    [null, now.toISOString()],
  )
  return new Map(rows.map((row) => [row.organization_id, row]))
}

/** Emails every manager a summary of their organization, once per ISO week. */
export const sendManagerDigests = async (payload: Payload, now = new Date()) => {
  const pool = pgPool(payload)
  const figures = await organizationFigures(payload, now)
  const { rows: managers } = await pool.query<{ id: number; email: string; name: string; preferred_locale: string | null; organization_id: number }>(
    `select id, email, name, preferred_locale::text, organization_id from users where role = 'manager' and organization_id is not null and deactivated_at is null`,
  )
  let sent = 0
  for (const manager of managers) {
    const row = figures.get(manager.organization_id)
    if (!row) continue
    const claim = await claimDelivery(pool, { kind: 'weekly-digest', recipient: manager.id, assignment: null, period: weekKey(now) })
    if (claim === null) continue
    const digest: DigestFigures = { learners: row.learners, overdue: row.overdue, completedThisWeek: row.completed_this_week, notStarted: row.not_started }
    try {
      await payload.sendEmail({
        to: manager.email,
        ...weeklyDigestEmail({ name: manager.name, locale: manager.preferred_locale === 'es' ? 'es' : 'en', organization: row.organization, figures: digest }),
      })
      sent++
    } catch (error) {
      await releaseDelivery(pool, claim)
      payload.logger.error({ err: error, manager: manager.id }, 'weekly digest not sent')
    }
  }
  return { managers: managers.length, sent }
}
