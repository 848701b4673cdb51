import type { Payload } from 'payload'

import { daysBetween } from '@/lib/credentials/dates'
import { pgPool } from '@/lib/db'
import { certificateExpiryEmail } from '@/lib/email/reminderEmails'
import { dayIn, timeZoneOr } from '@/lib/org/timeZone'
import { deliverOnce } from './deliver'
import { localeOf } from './managers'

/** How long before a module certificate expires its learner is reminded. */
export const CERTIFICATE_REMINDER_DAYS = 30

/**
 * Reminds a learner, once per certificate, that a module certificate expires
 * within 30 days (days counted in their organization's time zone): when it
 * does, the module is assigned again (recertify.ts). Only the learner's latest
 * certificate for the module, not revoked, and only active learners.
 */
export const sendCertificateExpiryReminders = async (payload: Payload, now = new Date()) => {
  const { rows } = await pgPool(payload).query<{
    id: number
    user_id: number
    email: string
    name: string
    preferred_locale: string | null
    expires_at: Date
    time_zone: string | null
    title_en: string | null
    title_es: string | null
  }>(
    `select c.id, u.id as user_id, u.email, u.name, u.preferred_locale::text, c.expires_at, o.time_zone,
            (select title from modules_locales where _parent_id = c.module_id and _locale = 'en') as title_en,
            (select title from modules_locales where _parent_id = c.module_id and _locale = 'es') as title_es
       from certificates c
       join users u on u.id = c.user_id and u.deactivated_at is null and u.organization_id is not null
       join organizations o on o.id = u.organization_id
      where c.expires_at > $1::timestamptz and c.expires_at < $1::timestamptz + interval '${CERTIFICATE_REMINDER_DAYS + 2} days'
        and not coalesce(c.revoked, false)
        and not exists (select 1 from certificates newer where newer.user_id = c.user_id and newer.module_id = c.module_id and newer.round > c.round)`,
    [now.toISOString()],
  )
  let sent = 0
  for (const row of rows) {
    const timeZone = timeZoneOr(row.time_zone)
    const daysLeft = daysBetween(dayIn(now, timeZone), dayIn(new Date(row.expires_at), timeZone))
    if (daysLeft > CERTIFICATE_REMINDER_DAYS) continue
    const locale = localeOf(row.preferred_locale)
    const message = certificateExpiryEmail({
      name: row.name,
      locale,
      module: (locale === 'es' ? (row.title_es ?? row.title_en) : row.title_en) ?? '',
      expiresAt: new Date(row.expires_at),
      daysLeft,
      timeZone,
    })
    if (await deliverOnce(payload, { kind: 'certificate-expiry', recipient: { id: row.user_id, email: row.email }, subject: `certificate${row.id}`, period: `d${CERTIFICATE_REMINDER_DAYS}`, message })) sent++
  }
  return { candidates: rows.length, sent }
}
