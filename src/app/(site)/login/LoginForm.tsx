'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { type FormState, signIn } from '@/app/(site)/_server/actions'

export function LoginForm() {
  const t = useTranslations('login')
  const [state, action, pending] = useActionState<FormState, FormData>(signIn, {})
  return (
    <form action={action} className="stack" noValidate={false}>
      {state.error && (
        <p className="alert error" role="alert">
          {t(state.error === 'tooMany' ? 'tooMany' : state.error === 'deactivated' ? 'deactivated' : 'failed')}
        </p>
      )}
      <div>
        <label htmlFor="email">{t('email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div>
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  )
}
