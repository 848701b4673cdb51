import type { Metadata } from 'next'

import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { ForgotForm } from './ForgotForm'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('forgot'))('title') })

export default async function ForgotPasswordPage() {
  const t = await getTranslations('forgot')
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ForgotForm />
      <p>
        <Link href="/login">{t('back')}</Link>
      </p>
    </>
  )
}
