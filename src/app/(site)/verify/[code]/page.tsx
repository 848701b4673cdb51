import type { Metadata } from 'next'

import config from '@payload-config'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'

import type { AppLocale } from '@/lib/locales'

import { formatDuration } from '@/lib/duration'

import { verificationFor } from './verification'

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('verify'))('title'),
  robots: { index: false },
})

export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const t = await getTranslations('verify')
  const format = await getFormatter()
  const duration = await getTranslations('duration')
  const payload = await getPayload({ config })
  // An unknown or malformed code is a 404 (not-found.tsx beside this page says so in the same words).
  const certificate = await verificationFor(payload, code, (await getLocale()) as AppLocale)

  return (
    <>
      <h1>{t('title')}</h1>
      {/* Revoked (it should never have been issued) outranks expired (it was valid, and its period ran out). */}
      <p className={`alert ${certificate.revoked ? 'error' : certificate.expired ? 'warning' : 'success'}`} role="status">
        {certificate.revoked
          ? t('revoked')
          : certificate.expired && certificate.expiresAt
            ? t('expired', { date: format.dateTime(new Date(certificate.expiresAt), { dateStyle: 'long' }) })
            : t('valid')}
      </p>
      <dl className="card">
        <dt>{t('learner')}</dt>
        <dd>{certificate.learnerName}</dd>
        <dt>{t('module')}</dt>
        <dd>{certificate.moduleTitle}</dd>
        <dt>{t('date')}</dt>
        <dd>{format.dateTime(new Date(certificate.issuedAt), { dateStyle: 'long' })}</dd>
        {certificate.expiresAt && !certificate.expired ? (
          <>
            <dt>{t('expires')}</dt>
            <dd>{format.dateTime(new Date(certificate.expiresAt), { dateStyle: 'long' })}</dd>
          </>
        ) : null}
        <dt>{t('learningTime')}</dt>
        <dd>{formatDuration(certificate.totalLearningSeconds, duration)}</dd>
        <dt>{t('code')}</dt>
        <dd>
          <code>{certificate.code}</code>
        </dd>
      </dl>
    </>
  )
}
