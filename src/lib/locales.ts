export const LOCALES = ['en', 'es'] as const
export type AppLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'en'
export const LOCALE_COOKIE = 'peerpath-locale'

export const isAppLocale = (value: unknown): value is AppLocale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** The language a route handler should answer in: the site's language cookie, else English. */
export const localeFromRequest = (request: Request): AppLocale => {
  const chosen = request.headers
    .get('cookie')
    ?.split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1]
  return isAppLocale(chosen) ? chosen : DEFAULT_LOCALE
}
