import type { CollectionBeforeValidateHook } from 'payload'

import { isoDay, weekStart } from '@/lib/credentials/dates'

const isValidDate = (value: unknown): value is string | Date =>
  (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())

/**
 * The Monday of the entry's week, so a manager reviews a week at a time with
 * `where[weekOf][equals]=…`. A date that does not parse is left to the date
 * field's own validation, which answers 400 naming the field.
 */
export const setWeekOf: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const date = data.date ?? originalDoc?.date
  return isValidDate(date) ? { ...data, weekOf: isoDay(weekStart(date)) } : data
}
