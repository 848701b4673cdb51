import type { ReactNode } from 'react'

import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations } from 'next-intl/server'

import { requireManager } from '@/app/(site)/_server/session'
import { ManageNav } from './ManageNav'

export default async function ManageLayout({ children }: { children: ReactNode }) {
  await requireManager()
  const t = await getTranslations('manage')
  const messages = await getMessages()
  const links = [
    { href: '/manage', label: t('nav.dashboard') },
    { href: '/manage/people', label: t('nav.people') },
    { href: '/manage/cohorts', label: t('nav.cohorts') },
    { href: '/manage/readiness', label: t('nav.readiness') },
    { href: '/manage/audit', label: t('nav.audit') },
  ]
  return (
    <div className="manage">
      <ManageNav label={t('nav.label')} links={links} />
      {/* Only the manager pages send these messages to the browser. */}
      <NextIntlClientProvider messages={{ manage: messages.manage }}>{children}</NextIntlClientProvider>
    </div>
  )
}
