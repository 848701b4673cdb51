import { switchLocale } from '@/app/(site)/_server/actions'

/** A plain form, so switching language works before (and without) JavaScript. */
export function LanguageSwitch({ locale, label, text }: { locale: string; label: string; text: string }) {
  const other = locale === 'es' ? 'en' : 'es'
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="link-button" lang={other} aria-label={label}>
        {text}
      </button>
    </form>
  )
}
