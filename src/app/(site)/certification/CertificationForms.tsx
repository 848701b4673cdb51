'use client'

import { useTranslations } from 'next-intl'
import { type ReactNode, useActionState, useId } from 'react'

import type { RecordState } from './records'

import { acknowledgeSupervisionAction, logExperienceAction, recordExternalTrainingAction } from './actions'

type Action = (state: RecordState, form: FormData) => Promise<RecordState>

const Outcome = ({ state }: { state: RecordState }) => {
  const t = useTranslations('certification.messages')
  if (state.error) return <p className="alert error" role="alert">{t.has(state.error) ? t(state.error as 'failed') : t('failed')}</p>
  if (state.done) return <p className="alert success" role="status">{t.has(state.done) ? t(state.done as 'acknowledged') : ''}</p>
  return null
}

/** A labelled control; an invalid one says so to screen readers and points at the form's message. */
const Field = ({ label, hint, name, state, children }: { label: string; hint?: string; name: string; state: RecordState; children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) => {
  const id = useId()
  const hintId = `${id}-hint`
  const invalid = state.fieldErrors?.includes(name)
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': invalid || undefined, 'aria-describedby': hint ? hintId : undefined })}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  )
}

const useRecordForm = (action: Action) => useActionState<RecordState, FormData>(action, {})

/** Training taken elsewhere, for one credential: its domains (and CE categories) are the only choices. */
export function ExternalTrainingForm({ credentialId, domains, maxMegabytes, today }: { credentialId: number; domains: { key: string; name: string }[]; maxMegabytes: number; today: string }) {
  const t = useTranslations('certification.externalForm')
  const [state, action, pending] = useRecordForm(recordExternalTrainingAction)
  return (
    <form action={action} className="stack card" encType="multipart/form-data">
      <input type="hidden" name="credential" value={credentialId} />
      <Outcome state={state} />
      <Field label={t('provider')} name="provider" state={state}>
        {(props) => <input {...props} type="text" name="provider" required maxLength={200} autoComplete="organization" />}
      </Field>
      <Field label={t('trainingTitle')} name="title" state={state}>
        {(props) => <input {...props} type="text" name="title" required maxLength={300} />}
      </Field>
      <Field label={t('date')} name="date" state={state}>
        {(props) => <input {...props} type="date" name="date" required max={today} />}
      </Field>
      <Field label={t('hours')} hint={t('hoursHint')} name="hours" state={state}>
        {(props) => <input {...props} type="number" name="hours" required min={0.25} max={500} step={0.25} inputMode="decimal" />}
      </Field>
      <Field label={t('domain')} name="domain" state={state}>
        {(props) => (
          <select {...props} name="domain" required>
            {domains.map((domain) => (
              <option key={domain.key} value={domain.key}>
                {domain.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('certificate')} hint={t('certificateHint', { megabytes: maxMegabytes })} name="certificate" state={state}>
        {(props) => <input {...props} type="file" name="certificate" accept="application/pdf,image/png,image/jpeg,image/webp" />}
      </Field>
      <button type="submit" className="button" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  )
}

/** A day of paid or volunteer peer work. */
export function ExperienceForm({ today }: { today: string }) {
  const t = useTranslations('certification.experienceForm')
  const [state, action, pending] = useRecordForm(logExperienceAction)
  const invalid = (name: string) => state.fieldErrors?.includes(name) || undefined
  return (
    <form action={action} className="stack card">
      <Outcome state={state} />
      <Field label={t('date')} name="date" state={state}>
        {(props) => <input {...props} type="date" name="date" required max={today} />}
      </Field>
      <Field label={t('hours')} hint={t('hoursHint')} name="hours" state={state}>
        {(props) => <input {...props} type="number" name="hours" required min={0.25} max={24} step={0.25} inputMode="decimal" />}
      </Field>
      <Field label={t('setting')} hint={t('settingHint')} name="setting" state={state}>
        {(props) => <input {...props} type="text" name="setting" required maxLength={200} />}
      </Field>
      <fieldset className="statement" aria-invalid={invalid('kind')}>
        <legend className="question-prompt">{t('kind')}</legend>
        <div className="scale">
          <label className="choice">
            <input type="radio" name="kind" value="paid" required /> {t('paid')}
          </label>
          <label className="choice">
            <input type="radio" name="kind" value="volunteer" required /> {t('volunteer')}
          </label>
        </div>
      </fieldset>
      <fieldset className="statement" aria-invalid={invalid('withSimilarPeers')}>
        <legend className="question-prompt">{t('withSimilarPeers')}</legend>
        <div className="scale">
          <label className="choice">
            <input type="radio" name="withSimilarPeers" value="yes" required /> {t('yes')}
          </label>
          <label className="choice">
            <input type="radio" name="withSimilarPeers" value="no" required /> {t('no')}
          </label>
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  )
}

/** Acknowledging locks the entry for good, so the button says so in its name. */
export function AcknowledgeButton({ sessionId, label }: { sessionId: number; label: string }) {
  const [state, action, pending] = useRecordForm(acknowledgeSupervisionAction)
  return (
    <form action={action} className="button-action">
      <input type="hidden" name="session" value={sessionId} />
      <button type="submit" className="button" disabled={pending}>
        {label}
      </button>
      <Outcome state={state} />
    </form>
  )
}
