import type { Pool } from 'pg'

export type DeliveryKind = 'due-reminder' | 'weekly-digest' | 'credential-expiry' | 'supervision-overdue' | 'certificate-expiry'

/**
 * Inserts the delivery row for (kind, recipient, assignment or subject, period) unless it
 * exists. Only the caller whose insert wins sends, so two runs at once, or a
 * run after a restart, send each message once.
 */
export const claimDelivery = async (
  pool: Pool,
  args: { kind: DeliveryKind; recipient: number; assignment: number | null; period: string; subject?: string },
): Promise<number | null> => {
  // `subject` names what a reminder without an assignment is about (a held credential, a certificate).
  const dedupeKey = `${args.kind}:${args.recipient}:${args.subject ?? args.assignment ?? '-'}:${args.period}`
  const { rows } = await pool.query<{ id: number }>(
    `insert into reminder_deliveries (kind, recipient_id, assignment_id, period, dedupe_key, updated_at, created_at)
     values ($1::enum_reminder_deliveries_kind, $2, $3, $4, $5, now(), now())
     on conflict (dedupe_key) do nothing returning id`,
    [args.kind, args.recipient, args.assignment, args.period, dedupeKey],
  )
  return rows[0]?.id ?? null
}

/** A send that failed gives its claim back, so the next run tries again. */
export const releaseDelivery = (pool: Pool, id: number) => pool.query('delete from reminder_deliveries where id = $1', [id])

/** UTC calendar day, e.g. 2026-11-23. */
export const dayKey = (now: Date) => now.toISOString().slice(0, 10)

/** ISO week, e.g. 2026-W48. */
export const weekKey = (now: Date) => {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const weekday = date.getUTCDay() || 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1))
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7)
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
