'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { type ManageState, csvInviteAction, inviteAction } from '@/app/(site)/_server/manageActions'

/** A key from our messages, or a sentence from validation that is shown as it is. */
const useMessage = () => {
  const t = useTranslations('manage')
  return (key: string) => (t.has(`messages.${key}`) ? t(`messages.${key}`) : key)
}

export function InviteForm({ cohorts }: { cohorts: { id: number; name: string }[] }) {
  const t = useTranslations('manage')
  const message = useMessage()
  const [state, action, pending] = useActionState<ManageState, FormData>(inviteAction, {})
  return (
    <form action={action} className="stack">
      {state.error && <p className="alert error" role="alert">{message(state.error)}</p>}
      {state.done && <p className="alert success" role="status">{message(state.done)}</p>}
      <div>
        <label htmlFor="invite-name">{t('people.name')}</label>
        {/* No maxLength: the browser would cut a pasted name silently; the server says what is wrong instead. */}
        <input id="invite-name" name="name" type="text" required autoComplete="off" aria-describedby="invite-name-hint" />
        <p className="hint" id="invite-name-hint">{t('people.nameHint')}</p>
      </div>
      <div>
        <label htmlFor="invite-email">{t('people.email')}</label>
        <input id="invite-email" name="email" type="email" required maxLength={254} autoComplete="off" />
      </div>
      <div>
        <label htmlFor="invite-cohort">{t('people.cohortOptional')}</label>
        <select id="invite-cohort" name="cohort" defaultValue="">
          <option value="">{t('people.noCohort')}</option>
          {cohorts.map((cohort) => <option key={cohort.id} value={cohort.id}>{cohort.name}</option>)}
        </select>
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>{t('people.send')}</button>
      </div>
    </form>
  )
}

export function CsvInviteForm() {
  const t = useTranslations('manage')
  const message = useMessage()
  const [state, action, pending] = useActionState<ManageState, FormData>(csvInviteAction, {})
  const report = state.report
  return (
    <form action={action} className="stack">
      {state.error && <p className="alert error" role="alert">{message(state.error)}</p>}
      {report && (
        <div className={`alert ${report.errors.length ? 'error' : 'success'}`} role="status" aria-live="polite">
          <p>{t('people.csvResult', { invited: report.invited, already: report.alreadyMembers, failed: report.errors.length })}</p>
          {report.errors.length > 0 && (
            <ul className="csv-errors">
              {report.errors.map((error) => (
                <li key={`${error.line}-${error.reason}`}>
                  {t('people.csvLine', {
                    line: error.line,
                    reason: error.code && t.has(`csvErrors.${error.code}`) ? t(`csvErrors.${error.code}`, error.values) : error.reason,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div>
        <label htmlFor="invite-file">{t('people.csvFile')}</label>
        <input id="invite-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="invite-file-hint" />
        <p className="hint" id="invite-file-hint">{t('people.csvHint')}</p>
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>{t('people.upload')}</button>
      </div>
    </form>
  )
}
