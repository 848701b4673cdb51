import type { DateLike } from './types'

const DAY_MS = 86_400_000

/** Midnight UTC of the day a date falls on: the engine counts whole days. */
export const utcDay = (value: DateLike): Date => {
  const date = new Date(value)
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

export const isoDay = (value: DateLike): string => utcDay(value).toISOString().slice(0, 10)

export const addDays = (value: DateLike, days: number): Date => new Date(utcDay(value).getTime() + days * DAY_MS)

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = (value: DateLike, months: number): Date => {
  const date = utcDay(value)
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target
}

export const daysBetween = (from: DateLike, to: DateLike): number => Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS)

/** The Monday (UTC) of the week a date falls in. */
export const weekStart = (value: DateLike): Date => {
  const day = utcDay(value)
  return addDays(day, -((day.getUTCDay() + 6) % 7))
}

export const monthStart = (value: DateLike): Date => {
  const day = utcDay(value)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1))
}

/** Whether a day lies in [start, end). */
export const within = (value: DateLike, start: Date, end: Date): boolean => {
  const time = utcDay(value).getTime()
  return time >= start.getTime() && time < end.getTime()
}
