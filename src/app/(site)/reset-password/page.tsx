import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { ResetForm } from './ResetForm'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('reset'))('title') })

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getTranslations('reset')
  const { token } = await searchParams
  return (
    <>
      <h1>{t('title')}</h1>
      {token ? <ResetForm token={token} /> : <p className="alert error">{t('invalid')}</p>}
    </>
  )
}
