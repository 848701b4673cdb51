'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { type AcceptState, acceptInvitationAction } from '@/app/(site)/_server/manageActions'

export function AcceptForm({ token, name }: { token: string; name: string }) {
  const t = useTranslations('invite')
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, {})
  return (
    <form action={action} className="stack">
      {state.error && <p className="alert error" role="alert">{t(`errors.${state.error}`)}</p>}
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="accept-name">{t('name')}</label>
        <input id="accept-name" name="name" type="text" required defaultValue={name} autoComplete="name" />
      </div>
      <div>
        <label htmlFor="accept-password">{t('password')}</label>
        <input id="accept-password" name="password" type="password" required minLength={10} autoComplete="new-password" aria-describedby="accept-password-hint" />
        <p className="hint" id="accept-password-hint">{t('hint')}</p>
      </div>
      <div>
        <label htmlFor="accept-confirm">{t('confirm')}</label>
        <input id="accept-confirm" name="confirm" type="password" required minLength={10} autoComplete="new-password" />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>{t('submit')}</button>
      </div>
    </form>
  )
}
