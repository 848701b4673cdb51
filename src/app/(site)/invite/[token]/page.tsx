import type { Metadata } from 'next'

import config from '@payload-config'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'

import { lookupInvitation } from '@/lib/org/invitations'
import { TOKEN_PATTERN } from '@/lib/org/invitationToken'
import { AcceptForm } from './AcceptForm'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('invite'))('title'), referrer: 'no-referrer' })

/** The page behind an invitation link: choose a password and join the organization. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const t = await getTranslations('invite')
  const invitation = TOKEN_PATTERN.test(token) ? await lookupInvitation(await getPayload({ config }), token) : { status: 'invalid' as const }
  if (invitation.status !== 'open') {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="alert error" role="alert">{t(`errors.${invitation.status}`)}</p>
        <p><Link href="/login">{t('signIn')}</Link></p>
      </>
    )
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro', { organization: invitation.organization, email: invitation.email })}</p>
      <AcceptForm token={token} name={invitation.name} />
    </>
  )
}
