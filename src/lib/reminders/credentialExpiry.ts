import type { Payload } from 'payload'

import { daysBetween, isoDay } from '@/lib/credentials/dates'
import { pgPool } from '@/lib/db'
import { credentialExpiryEmail } from '@/lib/email/reminderEmails'
import { dayIn, timeZoneOr } from '@/lib/org/timeZone'
import { deliverOnce } from './deliver'
import { localeOf, managersByOrganization } from './managers'

/** Days before a held credential's last valid day that each send a reminder. */
export const CREDENTIAL_REMINDER_DAYS = [90, 60, 30, 7] as const

/**
 * The threshold whose window `daysLeft` falls in: 45 days left is the 60-day
 * reminder's window. A run that missed a window (the server was down) sends
 * only the latest one, never a burst. Null once expired or before 90 days.
 */
export const credentialThreshold = (daysLeft: number): number | null =>
  daysLeft < 0 ? null : ([...CREDENTIAL_REMINDER_DAYS].sort((a, b) => a - b).find((days) => daysLeft <= days) ?? null)

interface HeldRow {
  held_id: number
  learner_id: number
  email: string
  name: string
  preferred_locale: string | null
  organization_id: number
  time_zone: string | null
  expires_at: Date
  credential_en: string | null
  credential_es: string | null
}

/**
 * Held credentials nearing expiry: the learner gets a reminder at 90, 60, 30
 * and 7 days (counted in their organization's time zone), and each active
 * manager of that organization a copy, once per threshold and recipient. The
 * key carries the expiry day, so a renewed credential (a later expiry) starts
 * its reminders afresh. Deactivated learners get none, nor do their managers.
 */
export const sendCredentialExpiryReminders = async (payload: Payload, now = new Date()) => {
  const pool = pgPool(payload)
  const { rows } = await pool.query<HeldRow>(
    `select h.id as held_id, u.id as learner_id, u.email, u.name, u.preferred_locale::text, u.organization_id, o.time_zone, h.expires_at,
            (select name from credentials_locales where _parent_id = h.credential_id and _locale = 'en') as credential_en,
            (select name from credentials_locales where _parent_id = h.credential_id and _locale = 'es') as credential_es
       from held_credentials h
       join users u on u.id = h.learner_id and u.deactivated_at is null and u.organization_id is not null
       join organizations o on o.id = u.organization_id
      where h.status = 'held' and h.expires_at is not null
        and h.expires_at > $1::timestamptz - interval '2 days' and h.expires_at < $1::timestamptz + interval '${Math.max(...CREDENTIAL_REMINDER_DAYS) + 2} days'`,
    [now.toISOString()],
  )
  const managers = await managersByOrganization(pool, [...new Set(rows.map((row) => row.organization_id))])
  let sent = 0
  for (const row of rows) {
    const timeZone = timeZoneOr(row.time_zone)
    // The recorded expiry is a day ("the last day it is valid"); today is the organization's day.
    const expiresOn = isoDay(row.expires_at)
    const daysLeft = daysBetween(dayIn(now, timeZone), expiresOn)
    const threshold = credentialThreshold(daysLeft)
    if (threshold === null) continue
    const period = `${expiresOn}:${threshold}`
    const credentialIn = (locale: 'en' | 'es') => (locale === 'es' ? (row.credential_es ?? row.credential_en) : row.credential_en) ?? ''
    const expires = new Date(`${expiresOn}T12:00:00Z`)
    const learnerLocale = localeOf(row.preferred_locale)
    const recipients = [
      { recipient: { id: row.learner_id, email: row.email }, message: credentialExpiryEmail({ name: row.name, locale: learnerLocale, credential: credentialIn(learnerLocale), expiresOn: expires, daysLeft }) },
      ...(managers.get(row.organization_id) ?? []).map((manager) => ({
        recipient: manager,
        message: credentialExpiryEmail({ name: manager.name, locale: manager.locale, credential: credentialIn(manager.locale), expiresOn: expires, daysLeft, about: row.name }),
      })),
    ]
    for (const { recipient, message } of recipients) {
      if (await deliverOnce(payload, { kind: 'credential-expiry', recipient, subject: `held${row.held_id}`, period, message })) sent++
    }
  }
  return { candidates: rows.length, sent }
}
