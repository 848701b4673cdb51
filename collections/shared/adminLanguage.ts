import type { PayloadRequest } from 'payload'

type WithI18n = Pick<PayloadRequest, 'i18n'> | undefined

/** The admin's interface language (Payload's `req.i18n`): Spanish or, for anything else, English. */
export const adminLanguage = (req: WithI18n): 'en' | 'es' => (req?.i18n?.language === 'es' ? 'es' : 'en')

/** A message in the admin's interface language. */
export const inAdminLanguage = (req: WithI18n, text: { en: string; es: string }): string => text[adminLanguage(req)]
