'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { type FormState, requestPasswordReset } from '@/app/(site)/_server/actions'

export function ForgotForm() {
  const t = useTranslations('forgot')
  const [state, action, pending] = useActionState<FormState, FormData>(requestPasswordReset, {})
  if (state.done) {
    return (
      <p className="alert success" role="status">
        {t('sent')}
      </p>
    )
  }
  return (
    <form action={action} className="stack">
      {state.error && (
        <p className="alert error" role="alert">
          {t('tooMany')}
        </p>
      )}
      <div>
        <label htmlFor="email">{t('email')}</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  )
}
