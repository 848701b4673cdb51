import { headers } from 'next/headers'

import { switchLocale } from '../../lib/site/actions'

/** A plain form, so switching language works before (and without) JavaScript. */
export async function LanguageSwitch({ locale, label, text }: { locale: string; label: string; text: string }) {
  const path = (await headers()).get('x-peerpath-path') ?? '/learn'
  const other = locale === 'es' ? 'en' : 'es'
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="back" value={path} />
      <button type="submit" className="link-button" lang={other} aria-label={label}>
        {text}
      </button>
    </form>
  )
}
