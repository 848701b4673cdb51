import type { Metadata } from 'next'

import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { requireManager } from '@/app/(site)/_server/session'
import { DataTable } from '@/app/(site)/manage/DataTable'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('audit.title') })

const Page = z.coerce.number().int().min(1).max(10_000).catch(1)

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { payload, user } = await requireManager()
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const page = Page.parse((await searchParams).page ?? 1)
  const events = await payload.find({ collection: 'audit-events', overrideAccess: false, user, sort: '-createdAt', limit: 50, page, depth: 1 })
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {events.docs.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <DataTable label={t('audit.title')} columns={[t('audit.when'), t('audit.action'), t('audit.what'), t('audit.who')]}>
          {events.docs.map((event) => (
            <tr key={event.id}>
              <td>{format.dateTime(new Date(event.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td><code>{event.action}</code></td>
              <td>{event.summary}</td>
              <td>{typeof event.actor === 'object' && event.actor ? event.actor.name : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {events.totalPages > 1 && (
        <nav aria-label={t('dashboard.pages')} className="pager">
          {events.hasPrevPage ? <Link href={`/manage/audit?page=${page - 1}`}>{t('dashboard.previous')}</Link> : <span />}
          <span>{t('dashboard.page', { page, pages: events.totalPages })}</span>
          {events.hasNextPage ? <Link href={`/manage/audit?page=${page + 1}`}>{t('dashboard.next')}</Link> : <span />}
        </nav>
      )}
    </>
  )
}
