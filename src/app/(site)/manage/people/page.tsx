import type { Metadata } from 'next'

import { getFormatter, getTranslations } from 'next-intl/server'

import type { Invitation } from '@/payload-types'

import { resendInvitationAction, revokeInvitationAction } from '@/app/(site)/_server/manageActions'
import { requireManager } from '@/app/(site)/_server/session'
import { CsvInviteForm, InviteForm } from './InviteForms'
import { DataTable } from '@/app/(site)/manage/DataTable'
import { RowAction } from '@/app/(site)/manage/RowAction'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('people.title') })

const statusOf = (invitation: Invitation, now: number) =>
  invitation.acceptedAt ? 'accepted' : invitation.revokedAt ? 'revoked' : new Date(invitation.expiresAt ?? 0).getTime() < now ? 'expired' : 'pending'

export default async function PeoplePage() {
  const { payload, user } = await requireManager()
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const as = { overrideAccess: false, user, depth: 0 } as const
  const [cohorts, invitations] = await Promise.all([
    payload.find({ collection: 'cohorts', ...as, sort: 'name', limit: 200, select: { name: true } }),
    payload.find({ collection: 'invitations', ...as, sort: '-updatedAt', limit: 100, depth: 1 }),
  ])
  const now = Date.now()
  return (
    <>
      <h1>{t('people.title')}</h1>
      <div className="two-columns">
        <section aria-labelledby="invite-heading" className="card">
          <h2 id="invite-heading">{t('people.inviteOne')}</h2>
          <InviteForm cohorts={cohorts.docs.map((cohort) => ({ id: cohort.id, name: cohort.name }))} />
        </section>
        <section aria-labelledby="csv-heading" className="card">
          <h2 id="csv-heading">{t('people.inviteMany')}</h2>
          <CsvInviteForm />
        </section>
      </div>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('people.invitations')}</h2>
        {invitations.docs.length === 0 ? (
          <p>{t('people.noInvitations')}</p>
        ) : (
          <DataTable labelledBy="invitations-heading" columns={[t('people.name'), t('people.email'), t('dashboard.cohort'), t('dashboard.status'), t('people.expires'), <span className="visually-hidden">{t('people.actions')}</span>]}>
            {invitations.docs.map((invitation) => {
              const status = statusOf(invitation, now)
              return (
                <tr key={invitation.id} data-invitation={invitation.email}>
                  <th scope="row">{invitation.name}</th>
                  <td>{invitation.email}</td>
                  <td>{typeof invitation.cohort === 'object' && invitation.cohort ? invitation.cohort.name : '—'}</td>
                  <td><span className={`badge invitation-${status}`}>{t(`invitation.${status}`)}</span></td>
                  <td>{invitation.expiresAt ? format.dateTime(new Date(invitation.expiresAt), { dateStyle: 'medium' }) : '—'}</td>
                  <td className="row-actions">
                    {status !== 'accepted' && (
                      <RowAction action={resendInvitationAction} id={invitation.id} label={t('people.resendTo', { email: invitation.email })} text={t('people.resend')} />
                    )}
                    {status === 'pending' && (
                      <RowAction action={revokeInvitationAction} id={invitation.id} label={t('people.revokeFor', { email: invitation.email })} text={t('people.revoke')} />
                    )}
                  </td>
                </tr>
              )
            })}
          </DataTable>
        )}
      </section>
    </>
  )
}
