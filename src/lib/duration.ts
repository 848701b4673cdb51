/**
 * A span of time the way the site writes it: seconds under a minute, minutes
 * under an hour, otherwise hours and two-digit minutes ("1 h 05 min"). The
 * words come from the caller's messages (`duration.*`).
 */
export type DurationParts =
  | { unit: 'seconds'; seconds: number }
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number; minutes: string }

export const durationParts = (totalSeconds: number): DurationParts => {
  const seconds = Math.max(0, Math.round(totalSeconds))
  if (seconds < 60) return { unit: 'seconds', seconds }
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return { unit: 'minutes', minutes }
  return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') }
}

type Translate = (key: 'seconds' | 'minutes' | 'hours', values: Record<string, string | number>) => string

/** `t` is next-intl's translator for the `duration` namespace. */
export const formatDuration = (totalSeconds: number, t: Translate): string => {
  const parts = durationParts(totalSeconds)
  return parts.unit === 'seconds'
    ? t('seconds', { seconds: parts.seconds })
    : parts.unit === 'minutes'
      ? t('minutes', { minutes: parts.minutes })
      : t('hours', { hours: parts.hours, minutes: parts.minutes })
}
