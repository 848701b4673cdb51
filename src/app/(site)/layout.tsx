import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import Link from 'next/link'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale, getMessages, getTranslations } from 'next-intl/server'

import { signOut } from '@/app/(site)/_server/actions'
import { previewing } from '@/app/(site)/_server/preview'
import { canManage, getSession } from '@/app/(site)/_server/session'
import { LanguageSwitch } from './LanguageSwitch'
import { PreviewBanner } from './PreviewBanner'
import './site.css'

// Every page depends on the signed-in user and their language; nothing is prerendered at build time.
export const dynamic = 'force-dynamic'

const CLIENT_NAMESPACES = ['login', 'forgot', 'reset', 'lesson', 'quiz', 'invite', 'errors', 'duration'] as const

export const metadata: Metadata = {
  title: { default: 'PeerPath', template: '%s · PeerPath' },
  description: 'Training for peer support workers and the organizations that employ them.',
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslations('site')
  const { user } = await getSession()
  const messages = await getMessages()
  // Only the namespaces that client components use travel to the browser.
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]))
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <div className="container header-row">
            <Link href={user ? '/learn' : '/login'} className="brand">
              {t('name')}
            </Link>
            <nav aria-label={t('nav')} className="header-nav">
              {user && <Link href="/learn">{t('myLearning')}</Link>}
              {user && <Link href="/certification">{t('myCertification')}</Link>}
              {canManage(user) && <Link href="/manage">{t('manage')}</Link>}
              <LanguageSwitch locale={locale} label={t('switchToLabel')} text={t('switchTo')} />
              {user && (
                <form action={signOut}>
                  <button type="submit" className="link-button">
                    {t('signOut')}
                  </button>
                </form>
              )}
            </nav>
          </div>
        </header>
        <NextIntlClientProvider messages={clientMessages}>
          <main id="main" className="container" tabIndex={-1}>
            {(await previewing(user)) && <PreviewBanner />}
            {children}
          </main>
        </NextIntlClientProvider>
        <footer className="site-footer">
          <div className="container">{t('footer')}</div>
        </footer>
      </body>
    </html>
  )
}
