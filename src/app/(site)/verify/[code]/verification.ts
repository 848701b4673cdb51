import type { Payload } from 'payload'

import { notFound } from 'next/navigation'

import type { AppLocale } from '@/lib/locales'

import { findCertificateByCode, type PublicCertificate } from '@/lib/certificates/lookup'

/**
 * The certificate a /verify/CODE page shows, or Next's not-found (a 404 with
 * the page's own not-found text) for a code that is unknown or malformed,
 * including one whose percent-encoding does not decode. A revoked certificate
 * is found: the page says it is revoked.
 */
export const verificationFor = async (payload: Payload, rawCode: string, locale: AppLocale): Promise<PublicCertificate> => {
  let code: string
  try {
    code = decodeURIComponent(rawCode)
  } catch {
    notFound()
  }
  const certificate = await findCertificateByCode(payload, code, locale)
  if (!certificate) notFound()
  return certificate
}
