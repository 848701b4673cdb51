import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'

export type ProgressEvent = 'view' | 'heartbeat' | 'complete'

/** Longest gap one heartbeat may add: a tab left open overnight is not study time. */
export const MAX_HEARTBEAT_GAP_SECONDS = 30

export interface ProgressRow {
  status: 'in-progress' | 'completed'
  timeSpentSeconds: number
  lastPosition: number
  completedAt: string | null
  newlyCompleted: boolean
  /** The first event for this learner and lesson (a row was created). */
  started: boolean
}

/**
 * One atomic upsert per event, keyed by the (user, lesson) unique index, so a
 * double click, a retry or two tabs can never create a second row. Time is
 * the server-measured gap since the learner was last seen on the lesson
 * (capped), so two tabs sending heartbeats add wall-clock time only once.
 */
export const recordProgress = async (
  payload: Payload,
  args: { userId: number; lessonId: number; moduleId: number; event: ProgressEvent; position?: number },
): Promise<ProgressRow> => {
  const complete = args.event === 'complete'
  const heartbeat = args.event === 'heartbeat'
  const position = Math.round(args.position ?? (complete ? 100 : 0))
  const { rows } = await pgPool(payload).query<{
    status: 'in-progress' | 'completed'
    time_spent_seconds: number
    last_position: number
    completed_at: Date | null
    newly_completed: boolean
    started: boolean
  }>({
    name: 'peerpath-record-progress',
    text: `with previous as (select completed_at from progress where user_id = $1 and lesson_id = $2)
     insert into progress as p (user_id, lesson_id, module_id, status, started_at, completed_at, last_seen_at,
                                time_spent_seconds, last_position, updated_at, created_at)
     values ($1, $2, $3, $4, now(), case when $5 then now() end, now(), 0, $6, now(), now())
     on conflict (user_id, lesson_id) do update set
       time_spent_seconds = p.time_spent_seconds + case when $7
         then least(greatest(extract(epoch from now() - p.last_seen_at), 0), $8)::int else 0 end,
       last_seen_at = now(),
       last_position = greatest(p.last_position, excluded.last_position),
       status = case when p.status = 'completed' or $5 then 'completed'::enum_progress_status else p.status end,
       completed_at = coalesce(p.completed_at, case when $5 then now() end),
       updated_at = now()
     returning status, time_spent_seconds::int as time_spent_seconds, last_position::float8 as last_position, completed_at,
       -- the CTE sees the row as it was before this statement
       $5 and not exists (select 1 from previous where completed_at is not null) as newly_completed,
       not exists (select 1 from previous) as started`,
    values: [args.userId, args.lessonId, args.moduleId, complete ? 'completed' : 'in-progress', complete, position, heartbeat, MAX_HEARTBEAT_GAP_SECONDS],
  })
  const row = rows[0]
  return {
    status: row.status,
    timeSpentSeconds: row.time_spent_seconds,
    lastPosition: row.last_position,
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    newlyCompleted: row.newly_completed,
    started: row.started,
  }
}
