import type { Metadata } from 'next'

import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { z } from 'zod'

import type { AppLocale } from '@/lib/locales'

import { requireManager } from '@/app/(site)/_server/session'
import { DataTable } from '@/app/(site)/manage/DataTable'
import { Pager } from '@/app/(site)/manage/Pager'
import { organizationTimeZone } from '@/lib/org/managerControls'
import { describeAuditEvent, titleRefs } from './describe'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('audit.title') })

const Page = z.coerce.number().int().min(1).max(10_000).catch(1)

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { payload, user, organizationId } = await requireManager()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const page = Page.parse((await searchParams).page ?? 1)
  const [events, timeZone] = await Promise.all([
    // An admin who manages an organization reads every log: the where keeps this page to the organization.
    payload.find({ collection: 'audit-events', where: { organization: { equals: organizationId } }, overrideAccess: false, user, sort: '-createdAt', limit: 50, page, depth: 1 }),
    organizationTimeZone(payload, organizationId),
  ])
  const refs = titleRefs(events.docs)
  const as = { overrideAccess: false, user, depth: 0, locale, fallbackLocale: 'en', limit: 200, select: { title: true } } as const
  const [modules, paths] = await Promise.all([
    refs.modules.length ? payload.find({ collection: 'modules', where: { id: { in: refs.modules } }, ...as }) : null,
    refs.paths.length ? payload.find({ collection: 'paths', where: { id: { in: refs.paths } }, ...as }) : null,
  ])
  const titles = new Map<string, string>([
    ...(modules?.docs ?? []).map((doc) => [`module:${doc.id}`, doc.title] as [string, string]),
    ...(paths?.docs ?? []).map((doc) => [`path:${doc.id}`, doc.title] as [string, string]),
  ])
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone })
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <p className="meta">{t('audit.timeZone', { zone: timeZone })}</p>
      {events.docs.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <DataTable label={t('audit.title')} className="audit" columns={[t('audit.when'), t('audit.action'), t('audit.what'), t('audit.who')]}>
          {events.docs.map((event) => (
            <tr key={event.id} data-action={event.action}>
              <td>
                <time dateTime={event.createdAt}>{format.dateTime(new Date(event.createdAt), { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' })}</time>
              </td>
              <td>{t.has(`audit.actions.${event.action}`) ? t(`audit.actions.${event.action}`) : event.action}</td>
              <td>{describeAuditEvent(event, t, day, titles)}</td>
              <td>{typeof event.actor === 'object' && event.actor ? event.actor.name : t('audit.system')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager page={page} pages={events.totalPages} hrefFor={(to) => `/manage/audit?page=${to}`} />
    </>
  )
}
