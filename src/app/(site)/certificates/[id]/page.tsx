import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'
import type { Certificate } from '@/payload-types'

import { requireUser } from '@/app/(site)/_server/session'
import { isExpired } from '@/lib/certificates/lookup'

type Params = { params: Promise<{ id: string }> }

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('learn'))('certificates') })

/**
 * /certificates/ID: the learner's own certificate, with its PDF and verification page. Anyone
 * else's (or none) is the site's ordinary "not found", as the PDF link sends browsers here too.
 */
export default async function CertificatePage({ params }: Params) {
  const { id } = await params
  const { payload, user } = await requireUser()
  if (!/^\d+$/.test(id)) notFound()
  const locale = (await getLocale()) as AppLocale
  const certificate = (await payload
    .findByID({ collection: 'certificates', id: Number(id), depth: 1, locale, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)) as Certificate | null
  if (!certificate) notFound()
  const t = await getTranslations('learn')
  const format = await getFormatter()
  return (
    <>
      <h1>{typeof certificate.module === 'object' ? certificate.module.title : t('certificates')}</h1>
      <p className="meta">{t('issued', { date: format.dateTime(new Date(certificate.issuedAt), { dateStyle: 'long' }) })}</p>
      {certificate.expiresAt && !certificate.revoked ? (
        isExpired(certificate) ? (
          <p className="alert warning" role="status">
            {t('expiredOn', { date: format.dateTime(new Date(certificate.expiresAt), { dateStyle: 'long' }) })}
          </p>
        ) : (
          <p className="meta">{t('expiresOn', { date: format.dateTime(new Date(certificate.expiresAt), { dateStyle: 'long' }) })}</p>
        )
      ) : null}
      <p className="actions">
        <a className="button" href={`/certificates/${certificate.id}/pdf`} download>
          {t('download')}
        </a>
        <Link href={`/verify/${certificate.code}`}>{t('verify')}</Link>
      </p>
    </>
  )
}
