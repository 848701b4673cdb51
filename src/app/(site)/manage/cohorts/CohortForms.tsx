'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { type ManageState, assignAction, createCohortAction } from '@/app/(site)/_server/manageActions'

type Option = { value: string; label: string }

const Feedback = ({ state }: { state: ManageState }) => {
  const t = useTranslations('manage')
  const text = (key: string) => (t.has(`messages.${key}`) ? t(`messages.${key}`) : key)
  if (state.error) return <p className="alert error" role="alert">{text(state.error)}</p>
  if (state.done) return <p className="alert success" role="status">{text(state.done)}</p>
  return null
}

export function CohortForm() {
  const t = useTranslations('manage')
  const [state, action, pending] = useActionState<ManageState, FormData>(createCohortAction, {})
  return (
    <form action={action} className="stack">
      <Feedback state={state} />
      <div>
        <label htmlFor="cohort-name">{t('cohorts.name')}</label>
        {/* No maxLength: the browser would cut a pasted name silently; the server says what is wrong instead. */}
        <input id="cohort-name" name="name" type="text" required aria-describedby="cohort-name-hint" />
        <p className="hint" id="cohort-name-hint">{t('cohorts.nameHint')}</p>
      </div>
      <div>
        <label htmlFor="cohort-starts">{t('cohorts.startsOn')}</label>
        <input id="cohort-starts" name="startsOn" type="date" />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>{t('cohorts.create')}</button>
      </div>
    </form>
  )
}

export function AssignForm({
  cohorts,
  learners,
  paths,
  modules,
  defaultDue,
}: {
  cohorts: Option[]
  learners: Option[]
  paths: Option[]
  modules: Option[]
  defaultDue: string
}) {
  const t = useTranslations('manage')
  const [state, action, pending] = useActionState<ManageState, FormData>(assignAction, {})
  return (
    <form action={action} className="stack">
      <Feedback state={state} />
      <div>
        <label htmlFor="assign-target">{t('cohorts.assignTo')}</label>
        <select id="assign-target" name="target" required defaultValue="">
          <option value="" disabled>{t('cohorts.choose')}</option>
          <optgroup label={t('cohorts.cohortsGroup')}>
            {cohorts.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          </optgroup>
          <optgroup label={t('cohorts.learnersGroup')}>
            {learners.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          </optgroup>
        </select>
      </div>
      <div>
        <label htmlFor="assign-content">{t('cohorts.assignWhat')}</label>
        <select id="assign-content" name="content" required defaultValue="">
          <option value="" disabled>{t('cohorts.choose')}</option>
          <optgroup label={t('cohorts.pathsGroup')}>
            {paths.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          </optgroup>
          <optgroup label={t('cohorts.modulesGroup')}>
            {modules.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          </optgroup>
        </select>
      </div>
      <div>
        <label htmlFor="assign-due">{t('cohorts.dueDate')}</label>
        <input id="assign-due" name="dueDate" type="date" required defaultValue={defaultDue} />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>{t('cohorts.assign')}</button>
      </div>
    </form>
  )
}
