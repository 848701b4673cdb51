import type { CredentialSummary } from '@/lib/certification/teamCertification'
import type { AppLocale } from '@/lib/locales'
import type { LearnerRow } from '@/lib/org/dashboard'

import en from '@/i18n/messages/en.json'
import es from '@/i18n/messages/es.json'

const MESSAGES = { en, es }

/** Certification status as spreadsheet rows: one per learner and credential (one row for a learner with none). */
export const certificationCsvHeader = (locale: AppLocale) => {
  const c = MESSAGES[locale].manage.csvCertification
  return [
    c.name, c.email, c.cohort, c.credential, c.status, c.standing, c.ready,
    c.trainingCounted, c.trainingRequired, c.experienceApproved, c.experiencePending, c.experienceRequired,
    c.supervisionHours, c.supervisionRequired, c.supervisionGaps, c.supervisionDue,
    c.expiresOn, c.daysToExpiry, c.ceEarned, c.ceRequired,
  ]
}

/** Hours as numbers (the spreadsheet formats them in the reader's language). */
export function* certificationCsvRows(rows: LearnerRow[], credentialsOf: (learnerId: number) => CredentialSummary[], locale: AppLocale): Generator<(string | number)[]> {
  const m = MESSAGES[locale].manage
  const c = m.csvCertification
  for (const row of rows) {
    const person = [row.name, row.email, row.cohort?.name ?? '']
    const credentials = credentialsOf(row.id)
    if (credentials.length === 0) {
      yield [...person, m.dashboard.noCredential, ...Array(16).fill('')]
      continue
    }
    for (const summary of credentials) {
      yield [
        ...person,
        summary.credentialName,
        summary.status === 'held' ? c.held : c.pursuing,
        m.certification.standing[summary.standing],
        summary.status === 'pursuing' ? (summary.readyToApply ? c.yes : c.no) : '',
        summary.training.counted,
        summary.training.required,
        summary.experience.approved,
        summary.experience.pending,
        summary.experience.required,
        summary.supervision.hours,
        summary.supervision.required,
        summary.supervision.gaps,
        summary.supervisionDue ? m.certification.supervisionDue[summary.supervisionDue] : '',
        summary.renewal?.expiresOn ?? '',
        summary.renewal?.daysToExpiry ?? '',
        summary.renewal?.earned ?? '',
        summary.renewal?.required ?? '',
      ]
    }
  }
}
