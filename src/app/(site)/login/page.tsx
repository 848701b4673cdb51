import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { getSession } from '@/app/(site)/_server/session'
import { LoginForm } from './LoginForm'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('login'))('title') })

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reset?: string }> }) {
  const { user } = await getSession()
  if (user) redirect('/learn')
  const t = await getTranslations('login')
  const { reset } = await searchParams
  return (
    <>
      <h1>{t('title')}</h1>
      {reset && (
        <p className="alert success" role="status">
          {t('resetDone')}
        </p>
      )}
      <p>{t('intro')}</p>
      <LoginForm />
      <p>
        <Link href="/forgot-password">{t('forgot')}</Link>
      </p>
    </>
  )
}
