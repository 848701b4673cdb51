import type { Metadata } from 'next'

import { getFormatter, getTranslations } from 'next-intl/server'
import { z } from 'zod'

import type { Invitation } from '@/payload-types'

import { deactivationAction, resendInvitationAction, revokeInvitationAction } from '@/app/(site)/_server/manageActions'
import { requireManager } from '@/app/(site)/_server/session'
import { CsvInviteForm, InviteForm } from './InviteForms'
import { ButtonAction, ConfirmAction } from '@/app/(site)/manage/ControlForms'
import { DataTable } from '@/app/(site)/manage/DataTable'
import { Pager } from '@/app/(site)/manage/Pager'
import { RowAction } from '@/app/(site)/manage/RowAction'
import { organizationTimeZone } from '@/lib/org/managerControls'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('people.title') })

const statusOf = (invitation: Invitation, now: number) =>
  invitation.acceptedAt ? 'accepted' : invitation.revokedAt ? 'revoked' : new Date(invitation.expiresAt ?? 0).getTime() < now ? 'expired' : 'pending'

/** People per page: an organization of hundreds is found by search and pages, not drawn in one table. */
const PEOPLE_PAGE_SIZE = 50

const PeopleQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: z.string().trim().max(100).catch(''),
})

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  const { payload, user, organizationId } = await requireManager()
  // A missing, repeated or malformed parameter falls back to the first page of everyone.
  const { page, q } = PeopleQuery.parse(await searchParams)
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const as = { overrideAccess: false, user, depth: 0 } as const
  const [cohorts, invitations, people, timeZone] = await Promise.all([
    payload.find({ collection: 'cohorts', ...as, sort: 'name', limit: 200, select: { name: true } }),
    payload.find({ collection: 'invitations', ...as, sort: '-updatedAt', limit: 100, depth: 1 }),
    // An admin who manages an organization reads every user: the where keeps this to the organization.
    payload.find({
      collection: 'users',
      ...as,
      where: q ? { and: [{ organization: { equals: organizationId } }, { or: [{ name: { like: q } }, { email: { like: q } }] }] } : { organization: { equals: organizationId } },
      sort: 'name',
      limit: PEOPLE_PAGE_SIZE,
      page,
      select: { name: true, email: true, role: true, cohort: true, deactivatedAt: true },
    }),
    organizationTimeZone(payload, organizationId),
  ])
  const cohortName = new Map(cohorts.docs.map((cohort) => [cohort.id, cohort.name]))
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

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('members.title')}</h2>
        <p>{t('members.intro')}</p>
        <form method="get" action="/manage/people" role="search" aria-label={t('members.searchLabel')} className="inline-form people-search">
          <label htmlFor="people-search">{t('members.search')}</label>
          <input id="people-search" name="q" type="search" defaultValue={q} maxLength={100} />
          <button type="submit" className="button secondary">
            {t('members.searchButton')}
          </button>
          {q && <a href="/manage/people">{t('members.showEveryone')}</a>}
        </form>
        <p className="meta" role="status">
          {q ? t('members.matching', { count: people.totalDocs, q }) : t('members.count', { count: people.totalDocs })}
        </p>
        <DataTable labelledBy="members-heading" className="members" columns={[t('people.name'), t('members.role'), t('dashboard.cohort'), t('dashboard.status'), <span className="visually-hidden">{t('people.actions')}</span>]}>
          {people.docs.map((person) => {
            const cohort = typeof person.cohort === 'number' ? cohortName.get(person.cohort) : undefined
            const active = !person.deactivatedAt
            return (
              <tr key={person.id} data-person={person.email}>
                <th scope="row">
                  {person.name}
                  <span className="email">{person.email}</span>
                </th>
                <td>{t(`members.roles.${person.role}`)}</td>
                <td>{cohort ?? '—'}</td>
                <td>
                  <span className={`badge ${active ? 'person-active' : 'person-deactivated'}`} data-status={active ? 'active' : 'deactivated'}>
                    {active ? t('members.active') : t('members.deactivatedOn', { date: format.dateTime(new Date(person.deactivatedAt!), { dateStyle: 'medium', timeZone }) })}
                  </span>
                </td>
                <td className="row-actions">
                  {person.id === user.id || person.role === 'admin' ? (
                    '—'
                  ) : active ? (
                    <ConfirmAction
                      action={deactivationAction}
                      fields={{ id: person.id, deactivated: '1' }}
                      text={t('members.deactivate')}
                      label={t('members.deactivateLabel', { name: person.name })}
                      prompt={t('members.deactivatePrompt', { name: person.name })}
                      confirmText={t('members.deactivateConfirm')}
                    />
                  ) : (
                    <ButtonAction action={deactivationAction} fields={{ id: person.id, deactivated: '0' }} text={t('members.reactivate')} label={t('members.reactivateLabel', { name: person.name })} />
                  )}
                </td>
              </tr>
            )
          })}
        </DataTable>
        <Pager page={page} pages={people.totalPages} hrefFor={(to) => `/manage/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(to) })}`} />
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('people.invitations')}</h2>
        {invitations.docs.length === 0 ? (
          <p>{t('people.noInvitations')}</p>
        ) : (
          <DataTable labelledBy="invitations-heading" columns={[t('people.name'), t('dashboard.cohort'), t('dashboard.status'), t('people.expires'), <span className="visually-hidden">{t('people.actions')}</span>]}>
            {invitations.docs.map((invitation) => {
              const status = statusOf(invitation, now)
              return (
                <tr key={invitation.id} data-invitation={invitation.email}>
                  <th scope="row">
                    {invitation.name}
                    <span className="email">{invitation.email}</span>
                  </th>
                  <td>{typeof invitation.cohort === 'object' && invitation.cohort ? invitation.cohort.name : '—'}</td>
                  <td><span className={`badge invitation-${status}`}>{t(`invitation.${status}`)}</span></td>
                  <td>{invitation.expiresAt ? format.dateTime(new Date(invitation.expiresAt), { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }) : '—'}</td>
                  <td className="row-actions">
                    {status !== 'accepted' && (
                      <RowAction action={resendInvitationAction} id={invitation.id} label={t('people.resendTo', { email: invitation.email })} text={t('people.resend')} />
                    )}
                    {status === 'pending' && (
                      <ConfirmAction
                        action={revokeInvitationAction}
                        fields={{ id: invitation.id }}
                        text={t('people.revoke')}
                        label={t('people.revokeFor', { email: invitation.email })}
                        prompt={t('people.revokePrompt', { email: invitation.email })}
                        confirmText={t('people.revokeConfirm')}
                      />
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
