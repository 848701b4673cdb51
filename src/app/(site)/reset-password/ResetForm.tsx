'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { type FormState, resetPassword } from '@/app/(site)/_server/actions'

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations('reset')
  const [state, action, pending] = useActionState<FormState, FormData>(resetPassword, {})
  return (
    <form action={action} className="stack">
      {state.error && (
        <p className="alert error" role="alert">
          {t(state.error as 'invalid' | 'mismatch' | 'tooShort' | 'tooMany')}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="new-password" minLength={10} required aria-describedby="password-hint" />
        <p id="password-hint" className="hint">
          {t('hint')}
        </p>
      </div>
      <div>
        <label htmlFor="confirm">{t('confirm')}</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" minLength={10} required />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  )
}
