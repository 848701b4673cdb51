import type { Payload } from 'payload'

import type { Certificate, Module } from '@/payload-types'
import type { AppLocale } from '@/lib/locales'

/** A certificate past its `expiresAt` (set at issue from the module's validity period). */
export const isExpired = (certificate: { expiresAt?: string | null }, now = new Date()): boolean =>
  certificate.expiresAt != null && new Date(certificate.expiresAt).getTime() <= now.getTime()

const CODE_PATTERN = /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/

export interface PublicCertificate {
  learnerName: string
  moduleTitle: string
  issuedAt: string
  revoked: boolean
  /** When it stops being valid (the module's validity period), or null: it never expires. */
  expiresAt: string | null
  /** Past its expiry: distinct from revoked (it was valid, and is no longer current). */
  expired: boolean
  code: string
  /** Server-measured time on task over the module's lessons, recorded when the certificate was issued. */
  totalLearningSeconds: number
}

/**
 * The verification page is public by design, so this reads past access
 * control and returns only what a certificate shows on paper.
 */
export const findCertificateByCode = async (
  payload: Payload,
  rawCode: string,
  locale: AppLocale,
  now = new Date(),
): Promise<PublicCertificate | null> => {
  const code = rawCode.trim().toUpperCase()
  if (!CODE_PATTERN.test(code)) return null
  const { docs } = await payload.find({
    collection: 'certificates',
    where: { code: { equals: code } },
    limit: 1,
    depth: 1,
    locale,
    fallbackLocale: 'en',
    overrideAccess: true,
    select: { learnerName: true, module: true, issuedAt: true, expiresAt: true, revoked: true, code: true, totalLearningSeconds: true },
    populate: { modules: { title: true } },
  })
  const certificate = docs[0] as Certificate | undefined
  if (!certificate) return null
  return {
    learnerName: certificate.learnerName,
    moduleTitle: (certificate.module as Module).title,
    issuedAt: certificate.issuedAt,
    revoked: Boolean(certificate.revoked),
    expiresAt: certificate.expiresAt ?? null,
    expired: isExpired(certificate, now),
    code: certificate.code,
    totalLearningSeconds: certificate.totalLearningSeconds ?? 0,
  }
}
