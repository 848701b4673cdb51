import { getRequestConfig } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { resolveLocale } from './locale'
import en from './messages/en.json'
import es from './messages/es.json'

/** Both catalogues are loaded once with the server; a request only picks one (no dynamic import per request). */
const MESSAGES: Record<AppLocale, typeof en> = { en, es }

export default getRequestConfig(async () => {
  const locale = await resolveLocale()
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: 'America/New_York',
  }
})
