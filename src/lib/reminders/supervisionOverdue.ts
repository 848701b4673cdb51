import type { Payload } from 'payload'

import type { Cadence, SupervisionRecord } from '@/lib/credentials/types'

import { supervisionProgress } from '@/lib/credentials/supervision'
import { pgPool } from '@/lib/db'
import { supervisionOverdueEmail } from '@/lib/email/reminderEmails'
import { dayIn, timeZoneOr } from '@/lib/org/timeZone'
import { deliverOnce } from './deliver'
import { managersByOrganization } from './managers'

interface HeldRow {
  held_id: number
  learner_id: number
  learner_name: string
  organization_id: number
  time_zone: string | null
  status: 'pursuing' | 'held'
  issued_at: Date | null
  created_at: Date
  cadence_initial: Cadence
  cadence_after: Cadence
  supervision_hours: string
  credential_en: string | null
  credential_es: string | null
}

/**
 * The period that just ended with no supervision recorded, if any: the engine's
 * last gap, when it is the one right before the period under way. Older gaps
 * were reminded about in their own time (or are history); a covered last
 * period means supervision is on track.
 */
export const overduePeriod = (gaps: { start: string; end: string }[], current: { start: string } | null) => {
  const last = gaps.at(-1)
  return last && current && last.end === current.start ? last : null
}

/**
 * Reminds the managers (supervisors) of a learner's organization when the
 * learner's credential asks for supervision every week (while pursuing it or
 * initially certified) or every month (once held) and the period that just
 * ended has no session recorded: once per manager, learner credential and
 * period. The phase and its start follow "My certification": the initial
 * cadence from when the credential was chosen, the later one from its issue
 * date. Deactivated learners are left out.
 */
export const sendSupervisionOverdueReminders = async (payload: Payload, now = new Date()) => {
  const pool = pgPool(payload)
  const { rows } = await pool.query<HeldRow>(
    `select h.id as held_id, u.id as learner_id, u.name as learner_name, u.organization_id, o.time_zone, h.status::text as status,
            h.issued_at, h.created_at, cr.supervision_cadence_initial::text as cadence_initial, cr.supervision_cadence_after::text as cadence_after,
            cr.supervision_hours::text as supervision_hours,
            (select name from credentials_locales where _parent_id = cr.id and _locale = 'en') as credential_en,
            (select name from credentials_locales where _parent_id = cr.id and _locale = 'es') as credential_es
       from held_credentials h
       join credentials cr on cr.id = h.credential_id
       join users u on u.id = h.learner_id and u.deactivated_at is null and u.organization_id is not null
       join organizations o on o.id = u.organization_id
      where (h.status = 'held' and cr.supervision_cadence_after <> 'none')
         or (h.status = 'pursuing' and cr.supervision_cadence_initial <> 'none')`,
  )
  if (rows.length === 0) return { candidates: 0, sent: 0 }
  const learners = [...new Set(rows.map((row) => row.learner_id))]
  const { rows: sessions } = await pool.query<{ id: number; learner_id: number; date: Date; duration_minutes: string; acknowledged: boolean | null; corrects_id: number | null }>(
    `select id, learner_id, date, duration_minutes::text, acknowledged, corrects_id from supervision_sessions where learner_id = any($1::int[])`,
    [learners],
  )
  const entriesOf = new Map<number, SupervisionRecord[]>()
  for (const session of sessions) {
    const entry = { id: session.id, date: session.date, durationMinutes: Number(session.duration_minutes), acknowledged: Boolean(session.acknowledged), corrects: session.corrects_id }
    entriesOf.set(session.learner_id, [...(entriesOf.get(session.learner_id) ?? []), entry])
  }
  const managers = await managersByOrganization(pool, [...new Set(rows.map((row) => row.organization_id))])
  let sent = 0
  for (const row of rows) {
    const held = row.status === 'held'
    const today = dayIn(now, timeZoneOr(row.time_zone))
    const progress = supervisionProgress(
      { supervision: { hours: Number(row.supervision_hours), cadenceInitial: row.cadence_initial, cadenceAfter: row.cadence_after } },
      entriesOf.get(row.learner_id) ?? [],
      { phase: held ? 'after' : 'initial', since: held ? (row.issued_at ?? row.created_at) : row.created_at, today },
    )
    const period = overduePeriod(progress.gaps, progress.current)
    if (!period || progress.cadence === 'none') continue
    for (const manager of managers.get(row.organization_id) ?? []) {
      const message = supervisionOverdueEmail({
        name: manager.name,
        locale: manager.locale,
        learner: row.learner_name,
        credential: (manager.locale === 'es' ? (row.credential_es ?? row.credential_en) : row.credential_en) ?? '',
        cadence: progress.cadence,
        periodStart: new Date(`${period.start}T12:00:00Z`),
      })
      if (await deliverOnce(payload, { kind: 'supervision-overdue', recipient: manager, subject: `held${row.held_id}`, period: period.start, message })) sent++
    }
  }
  return { candidates: rows.length, sent }
}
