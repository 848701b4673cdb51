import { cookies, headers } from 'next/headers'

import { type AppLocale, LOCALE_COOKIE, pickLocale } from '../lib/locales'

export { LOCALE_COOKIE }

/** The learner's choice (cookie, set from their profile at sign-in), else the browser's language. */
export const resolveLocale = async (): Promise<AppLocale> =>
  pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language') ?? undefined)
