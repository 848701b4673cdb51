import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'

export type ProgressEvent = 'view' | 'heartbeat' | 'complete'

/**
 * Longest gap one heartbeat (or completion) may add: two heartbeat intervals
 * of the lesson page (15 s), so one lost heartbeat costs nothing, while a tab
 * left open overnight, or a client that waits and sends one event, is not
 * study time.
 */
export const MAX_HEARTBEAT_GAP_SECONDS = 30

export interface ProgressRow {
  status: 'in-progress' | 'completed'
  /** Server-measured time on task, whole seconds (rounded down). */
  timeSpentSeconds: number
  lastPosition: number
  completedAt: string | null
  newlyCompleted: boolean
  /** The first event for this learner and lesson (a row was created). */
  started: boolean
}

export interface ProgressArgs {
  userId: number
  lessonId: number
  moduleId: number
  event: ProgressEvent
  position?: number
  /** Time on task the lesson asks for before a `complete` is accepted (see minimumTime.ts). */
  requiredSeconds: number
  /** The clock, for tests; the database's own `now()` otherwise, one clock for every instance. */
  now?: Date
}

type Row = {
  status: 'in-progress' | 'completed'
  time_spent_seconds: number
  last_position: number
  completed_at: Date | null
  newly_completed: boolean
  started: boolean
}

const toProgressRow = (row: Row): ProgressRow => ({
  status: row.status,
  timeSpentSeconds: row.time_spent_seconds,
  lastPosition: row.last_position,
  completedAt: row.completed_at ? row.completed_at.toISOString() : null,
  newlyCompleted: row.newly_completed,
  started: row.started,
})

// The gap since the learner was last seen on the lesson, capped; fractional
// seconds are kept so that frequent heartbeats neither lose nor gain time.
// `now` is the statement's clock expression; $4 is the cap.
const gap = (now: string) => `least(greatest(extract(epoch from ${now} - p.last_seen_at), 0), $4::numeric)`

/**
 * A view or heartbeat: one atomic upsert keyed by the (user, lesson) unique
 * index, so a double click, a retry or two tabs can never create a second
 * row. A heartbeat adds the server-measured gap since the learner was last
 * seen on the lesson (capped), so two tabs add wall-clock time only once and
 * no client can claim more time than has passed. The row takes the learner's
 * organization when it is created and keeps it.
 */
const recordPresence = async (payload: Payload, args: ProgressArgs): Promise<ProgressRow> => {
  const { rows } = await pgPool(payload).query<Row>({
    name: 'peerpath-record-presence',
    text: `with c as (select coalesce($5::timestamptz, now()) as now),
     previous as (select 1 from progress where user_id = $1 and lesson_id = $2)
     insert into progress as p (user_id, lesson_id, module_id, organization_id, status, started_at, last_seen_at,
                                time_spent_seconds, last_position, updated_at, created_at)
     select $1, $2, $3, (select organization_id from users where id = $1), 'in-progress', c.now, c.now, 0, $6, c.now, c.now from c
     on conflict (user_id, lesson_id) do update set
       time_spent_seconds = p.time_spent_seconds + case when $7 then ${gap('(select now from c)')} else 0 end,
       last_seen_at = greatest(p.last_seen_at, (select now from c)),
       last_position = greatest(p.last_position, excluded.last_position),
       updated_at = (select now from c)
     returning status, floor(time_spent_seconds)::int as time_spent_seconds, last_position::float8 as last_position, completed_at,
       false as newly_completed, not exists (select 1 from previous) as started`,
    values: [
      args.userId,
      args.lessonId,
      args.moduleId,
      MAX_HEARTBEAT_GAP_SECONDS,
      args.now?.toISOString() ?? null,
      Math.round(args.position ?? 0),
      args.event === 'heartbeat',
    ],
  })
  return toProgressRow(rows[0])
}

/**
 * A completion: the gap since the last event is credited like a heartbeat's,
 * and the lesson completes only when the time on task then reaches
 * `requiredSeconds`. It never creates a row: a lesson that was never opened
 * cannot be completed. Returns null when there is no row.
 */
const recordCompletion = async (payload: Payload, args: ProgressArgs): Promise<ProgressRow | null> => {
  const reached = `(p.status = 'completed' or p.time_spent_seconds + ${gap('c.now')} >= $5)`
  const { rows } = await pgPool(payload).query<Row>({
    name: 'peerpath-record-completion',
    text: `with c as (select coalesce($3::timestamptz, now()) as now),
     previous as (select completed_at from progress where user_id = $1 and lesson_id = $2)
     update progress p set
       time_spent_seconds = p.time_spent_seconds + ${gap('c.now')},
       last_seen_at = greatest(p.last_seen_at, c.now),
       status = case when ${reached} then 'completed'::enum_progress_status else p.status end,
       completed_at = coalesce(p.completed_at, case when ${reached} then c.now end),
       last_position = case when ${reached} then 100 else p.last_position end,
       updated_at = c.now
     from c
     where p.user_id = $1 and p.lesson_id = $2
     returning p.status, floor(p.time_spent_seconds)::int as time_spent_seconds, p.last_position::float8 as last_position, p.completed_at,
       -- the CTE sees the row as it was before this statement
       p.completed_at is not null and not exists (select 1 from previous where completed_at is not null) as newly_completed,
       false as started`,
    values: [args.userId, args.lessonId, args.now?.toISOString() ?? null, MAX_HEARTBEAT_GAP_SECONDS, args.requiredSeconds],
  })
  return rows[0] ? toProgressRow(rows[0]) : null
}

/** Records one progress event; null only for a completion of a lesson never opened. */
export const recordProgress = async (payload: Payload, args: ProgressArgs): Promise<ProgressRow | null> =>
  args.event === 'complete' ? recordCompletion(payload, args) : recordPresence(payload, args)
