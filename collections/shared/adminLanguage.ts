import type { PayloadRequest } from 'payload'

/** A message in the admin's interface language (Payload's `req.i18n`), English unless it is Spanish. */
export const inAdminLanguage = (req: Pick<PayloadRequest, 'i18n'> | undefined, text: { en: string; es: string }): string =>
  req?.i18n?.language === 'es' ? text.es : text.en
