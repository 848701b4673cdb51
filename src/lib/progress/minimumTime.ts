/**
 * How long a learner must spend on a lesson before it may be marked complete.
 * The time is measured by the server (see record.ts); this only says the bar.
 */

/** The environment variable that scales every lesson's minimum (tests shorten it; it never switches the rule off). */
export const MIN_TIME_SCALE_VARIABLE = 'PEERPATH_MIN_TIME_SCALE'

/**
 * The configured multiplier: a positive number, 1 when unset. Anything else
 * (0, negative, not a number) is ignored in favour of the full minimum, so a
 * typo can never turn the rule off.
 */
export const minTimeScale = (raw: string | undefined = process.env[MIN_TIME_SCALE_VARIABLE]): number => {
  const value = Number(raw)
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value > 0 ? value : 1
}

export interface LessonTimeFacts {
  estimatedMinutes?: number | null
  /** A trainer's own minimum for the lesson, in minutes. */
  minimumMinutes?: number | null
}

/**
 * Seconds of time on task a lesson asks for: the trainer's minimum, or half
 * of the estimated minutes, times the configured scale; at least one second
 * whenever the lesson asks for any time at all.
 */
export const requiredSeconds = (lesson: LessonTimeFacts, scale: number = minTimeScale()): number => {
  const base = lesson.minimumMinutes != null ? lesson.minimumMinutes * 60 : (lesson.estimatedMinutes ?? 0) * 30
  return base > 0 ? Math.max(1, Math.ceil(base * scale)) : 0
}
