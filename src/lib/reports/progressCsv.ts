import type { AppLocale } from '@/lib/locales'
import type { LearnerRow } from '@/lib/org/dashboard'

import en from '@/i18n/messages/en.json'
import es from '@/i18n/messages/es.json'
import { dayIn } from '@/lib/org/timeZone'

const MESSAGES = { en, es }

/** The dashboard as spreadsheet rows: one per learner and assigned module (one row for a learner with none). */
export const progressCsvHeader = (locale: AppLocale) => {
  const c = MESSAGES[locale].manage.csv
  return [c.name, c.email, c.cohort, c.module, c.status, c.lessonsDone, c.lessonsTotal, c.attempts, c.bestScore, c.due, c.completed, c.certificate, c.lastActivity, c.competencies]
}

/** Dates as the calendar day in the organization's time zone (a due date ends that day there). */
export function* progressCsvRows(rows: LearnerRow[], locale: AppLocale, timeZone = 'UTC'): Generator<(string | number)[]> {
  const day = (iso: string | null) => (iso ? dayIn(new Date(iso), timeZone) : '')
  const status = MESSAGES[locale].manage.status
  for (const row of rows) {
    const person = [row.name, row.email, row.cohort?.name ?? '']
    if (!row.modules.length) {
      yield [...person, '', status.unassigned, '', '', '', '', '', '', '', day(row.lastActivity), row.competencies]
      continue
    }
    for (const module of row.modules) {
      yield [
        ...person,
        module.title,
        status[module.status],
        module.lessonsDone,
        module.lessonCount,
        module.attempts,
        module.bestScore ?? '',
        day(module.due),
        day(module.completedAt),
        module.certificateCode ?? '',
        day(module.lastActivity),
        row.competencies,
      ]
    }
  }
}
