export const LOCALES = ['en', 'es'] as const
export type AppLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'en'
export const LOCALE_COOKIE = 'peerpath-locale'

export const isAppLocale = (value: unknown): value is AppLocale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** The learner's choice (language cookie), else the browser's first language, else English. */
export const pickLocale = (chosen: string | undefined, acceptLanguage: string | undefined): AppLocale => {
  if (isAppLocale(chosen)) return chosen
  const preferred = (acceptLanguage ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase()
  return isAppLocale(preferred) ? preferred : DEFAULT_LOCALE
}
