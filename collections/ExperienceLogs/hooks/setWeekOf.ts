import type { CollectionBeforeValidateHook } from 'payload'

import { isoDay, weekStart } from '@/lib/credentials/dates'

/** The Monday of the entry's week, so a manager reviews a week at a time with `where[weekOf][equals]=…`. */
export const setWeekOf: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const date = data.date ?? originalDoc?.date
  return date ? { ...data, weekOf: isoDay(weekStart(date)) } : data
}
