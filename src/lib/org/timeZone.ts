/** Organizations keep their own IANA time zone; due dates, reminder days and the audit log follow it. */
export const DEFAULT_TIME_ZONE = 'America/New_York'

export const isTimeZone = (value: unknown): value is string => {
  if (typeof value !== 'string' || (!value.includes('/') && value !== 'UTC')) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

export const timeZoneOr = (value: unknown) => (isTimeZone(value) ? value : DEFAULT_TIME_ZONE)

const partsIn = (instant: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
const offsetAt = (instant: Date, timeZone: string) => {
  const p = partsIn(instant, timeZone)
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export const dayIn = (instant: Date, timeZone: string) => {
  const p = partsIn(instant, timeZone)
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/**
 * The last second of a calendar day (YYYY-MM-DD) in the zone, as a UTC
 * instant: "due on the 30th" in New York includes the evening of the 30th there.
 */
export const endOfDayIn = (day: string, timeZone: string): Date => {
  const [year, month, date] = day.split('-').map(Number)
  const wall = Date.UTC(year, month - 1, date, 23, 59, 59)
  let instant = new Date(wall - offsetAt(new Date(wall), timeZone))
  // Across a DST change the first guess uses the other side's offset; one correction settles it.
  instant = new Date(wall - offsetAt(instant, timeZone))
  return instant
}
