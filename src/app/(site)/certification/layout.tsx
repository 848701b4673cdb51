import type { ReactNode } from 'react'

import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'

/** The certification forms are client components: only their messages travel to the browser, and only on this page. */
export default async function CertificationLayout({ children }: { children: ReactNode }) {
  const { certification } = await getMessages()
  const messages = { certification: { messages: certification.messages, externalForm: certification.externalForm, experienceForm: certification.experienceForm } }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
}
