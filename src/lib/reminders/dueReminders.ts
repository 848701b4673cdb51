import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'
import { dueReminderEmail } from '@/lib/email/reminderEmails'
import { LEARNER_MODULES_CTE } from '@/lib/org/assignmentSql'
import { dayIn, timeZoneOr } from '@/lib/org/timeZone'
import { validCertificate } from '@/lib/certificates/round'
import { claimDelivery, releaseDelivery } from './claim'

/** How far ahead a due date triggers a reminder. */
export const REMIND_DAYS_BEFORE = 3

interface DueRow {
  assignment_id: number
  user_id: number
  email: string
  name: string
  preferred_locale: string | null
  due: Date
  open_modules: number[]
  time_zone: string | null
}

/**
 * Emails each learner whose assignment is due within three days or overdue and
 * not yet complete, at most once per assignment per calendar day in the
 * organization's time zone.
 */
export const sendDueReminders = async (payload: Payload, now = new Date()) => {
  const pool = pgPool(payload)
  const { rows } = await pool.query<DueRow>(
    `with ${LEARNER_MODULES_CTE}
     select lm.assignment_id, lm.user_id, u.email, u.name, u.preferred_locale::text, min(lm.due_date) as due, o.time_zone,
            array_agg(distinct lm.module_id) filter (where c.id is null) as open_modules
     from learner_modules lm
     join users u on u.id = lm.user_id
     join organizations o on o.id = lm.organization_id
     -- An expired certificate no longer settles the module: its recertification assignment is reminded like any other.
     left join certificates c on c.user_id = lm.user_id and c.module_id = lm.module_id and ${validCertificate('c', '$2::timestamptz')}
     group by lm.assignment_id, lm.user_id, u.email, u.name, u.preferred_locale, o.time_zone
     having count(*) filter (where c.id is null) > 0 and min(lm.due_date) <= $2::timestamptz + interval '${REMIND_DAYS_BEFORE} days'`,
    [null, now.toISOString()],
  )
  const titles = await moduleTitles(payload, [...new Set(rows.flatMap((row) => row.open_modules))])
  let sent = 0
  for (const row of rows) {
    const claim = await claimDelivery(pool, { kind: 'due-reminder', recipient: row.user_id, assignment: row.assignment_id, period: dayIn(now, timeZoneOr(row.time_zone)) })
    if (claim === null) continue
    const locale = row.preferred_locale === 'es' ? 'es' : 'en'
    try {
      await payload.sendEmail({
        to: row.email,
        ...dueReminderEmail({
          name: row.name,
          locale,
          due: new Date(row.due),
          timeZone: timeZoneOr(row.time_zone),
          overdue: new Date(row.due).getTime() < now.getTime(),
          modules: row.open_modules.map((id) => titles.get(id)?.[locale] ?? titles.get(id)?.en ?? ''),
        }),
      })
      sent++
    } catch (error) {
      await releaseDelivery(pool, claim)
      payload.logger.error({ err: error, assignment: row.assignment_id, user: row.user_id }, 'due reminder not sent')
    }
  }
  return { candidates: rows.length, sent }
}

/** Module titles in both languages, in one query. */
export const moduleTitles = async (payload: Payload, ids: number[]) => {
  const titles = new Map<number, { en?: string; es?: string }>()
  if (!ids.length) return titles
  const { rows } = await pgPool(payload).query<{ id: number; locale: 'en' | 'es'; title: string }>(
    `select _parent_id as id, _locale::text as locale, title from modules_locales where _parent_id = any($1::int[])`,
    [ids],
  )
  for (const row of rows) titles.set(row.id, { ...titles.get(row.id), [row.locale]: row.title })
  return titles
}
