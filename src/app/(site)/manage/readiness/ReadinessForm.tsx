'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { type ManageState, readinessAction } from '@/app/(site)/_server/manageActions'

export interface FormArea {
  id: string
  title: string
  description: string
  statements: { id: string; text: string }[]
}

/** One fieldset per area, one radio group per statement: native controls, keyboard and screen-reader friendly. */
export function ReadinessForm({ areas, scale }: { areas: FormArea[]; scale: { value: number; label: string }[] }) {
  const t = useTranslations('manage')
  const [state, action, pending] = useActionState<ManageState, FormData>(readinessAction, {})
  const missing = new Set(state.fieldErrors ?? [])
  return (
    <form action={action} className="readiness-form">
      {state.error && (
        <p className="alert error" role="alert">
          {t('readiness.missing', { count: missing.size })}
        </p>
      )}
      {areas.map((area) => (
        <fieldset key={area.id} className="question">
          <legend>{area.title}</legend>
          <p className="hint">{area.description}</p>
          {area.statements.map((statement) => (
            <fieldset key={statement.id} className="statement" aria-invalid={missing.has(statement.id) || undefined}>
              <legend className="question-prompt">{statement.text}</legend>
              <div className="scale">
                {scale.map((level) => (
                  <label key={level.value} className="choice">
                    <input type="radio" name={statement.id} value={level.value} required />
                    {level.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      ))}
      <button className="button" type="submit" disabled={pending}>
        {t('readiness.submit')}
      </button>
    </form>
  )
}
