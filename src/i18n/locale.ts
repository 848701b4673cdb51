import { cookies, headers } from 'next/headers'

import { type AppLocale, DEFAULT_LOCALE, isAppLocale, LOCALE_COOKIE } from '../lib/locales'

export { LOCALE_COOKIE }

/** The learner's choice (cookie, set from their profile at sign-in), else the browser's language. */
export const resolveLocale = async (): Promise<AppLocale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value
  if (isAppLocale(chosen)) return chosen
  const accept = (await headers()).get('accept-language') ?? ''
  const preferred = accept.split(',')[0]?.trim().slice(0, 2).toLowerCase()
  return isAppLocale(preferred) ? preferred : DEFAULT_LOCALE
}
