import type { Metadata } from 'next'

import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { cachedDashboard } from '@/cache/dashboard'
import { dashboardCredentials } from '@/cache/teamCertification'
import { supervisionDueList } from '@/lib/certification/teamCertification'
import { STANDINGS } from '@/lib/credentials/standing'
import { PAGE_SIZE, SORTS, STATUSES, filterLearners, readFilters } from '@/lib/org/filters'
import { requireManager } from '@/app/(site)/_server/session'
import { organizationTimeZone } from '@/lib/org/managerControls'
import { CompletionChart } from './CompletionChart'
import { DataTable } from './DataTable'
import { Pager } from './Pager'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('dashboard.title') })

type Params = Promise<Record<string, string | string[] | undefined>>

export default async function DashboardPage({ searchParams }: { searchParams: Params }) {
  const { payload, organizationId } = await requireManager()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const filters = readFilters(await searchParams)
  const [dashboard, timeZone] = await Promise.all([cachedDashboard(payload, organizationId, locale), organizationTimeZone(payload, organizationId)])
  const { standings, credentialsOf } = await dashboardCredentials(payload, organizationId, locale, dashboard.learners)
  const learnerById = new Map(dashboard.learners.map((row) => [row.id, row]))
  const supervisionDue = supervisionDueList(standings)
  const rows = filterLearners(dashboard.learners, filters, (id) => credentialsOf(id).map((summary) => summary.standing))
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const page = Math.min(filters.page, pages)
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone }) : '—')
  const query = (extra: Record<string, string | number>) => {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries({ ...filters, ...extra })) if (value !== undefined && value !== '') params.set(name, String(value))
    return params.toString()
  }
  const count = (status: string) => dashboard.learners.filter((row) => row.overall === status).length

  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <ul className="stat-grid" aria-label={t('dashboard.summary')}>
        <li><strong>{dashboard.learners.length}</strong> {t('dashboard.learners')}</li>
        {(['overdue', 'in-progress', 'not-started', 'completed'] as const).map((status) => (
          <li key={status}><strong>{count(status)}</strong> {t(`status.${status}`)}</li>
        ))}
      </ul>

      <CompletionChart
        weeks={dashboard.completionOverTime}
        title={t('dashboard.chartTitle')}
        emptyLabel={t('dashboard.chartEmpty')}
        weekLabel={t('dashboard.week')}
        completedLabel={t('dashboard.modulesCompleted')}
        percentLabel={t('dashboard.cumulative')}
        formatWeek={(iso) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone: 'UTC' })}
        formatShortWeek={(iso) => format.dateTime(new Date(iso), { day: 'numeric', month: 'short', timeZone: 'UTC' })}
        formatPercent={(value) => format.number(value / 100, { style: 'percent' })}
      />

      {dashboard.cohorts.length > 0 && (
        <section aria-labelledby="cohorts-heading">
          <h2 id="cohorts-heading">{t('dashboard.cohorts')}</h2>
          <DataTable labelledBy="cohorts-heading" columns={[t('dashboard.cohort'), t('dashboard.members'), t('dashboard.completion'), t('dashboard.overdueModules'), t('dashboard.competencies')]}>
            {dashboard.cohorts.map((cohort) => (
              <tr key={cohort.id}>
                <th scope="row"><Link href={`/manage?${query({ cohort: cohort.id, page: 1 })}`}>{cohort.name}</Link></th>
                <td>{cohort.members}</td>
                <td>{format.number(cohort.completionPercent / 100, { style: 'percent' })}</td>
                <td>{cohort.overdueModules}</td>
                <td>{t('dashboard.ofCompetencies', { covered: cohort.averageCompetencies, total: dashboard.competencyTotal })}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}

      <section aria-labelledby="supervision-due-heading">
        <h2 id="supervision-due-heading">{t('dashboard.supervisionDueHeading')}</h2>
        <p className="meta">{t('dashboard.supervisionDueIntro')}</p>
        {supervisionDue.length === 0 ? (
          <p>{t('dashboard.supervisionDueNone')}</p>
        ) : (
          <>
            <p role="status">
              {t('dashboard.supervisionDueCounts', {
                overdue: supervisionDue.filter((summary) => summary.supervisionDue === 'overdue').length,
                due: supervisionDue.filter((summary) => summary.supervisionDue === 'due').length,
              })}
            </p>
            <ul className="supervision-due">
              {supervisionDue.map((summary) => (
                <li key={`${summary.learnerId}:${summary.credentialId}`} data-supervision-due={summary.supervisionDue}>
                  <Link href={`/manage/learners/${summary.learnerId}`}>{learnerById.get(summary.learnerId)?.name}</Link>{' '}
                  <span className="meta">
                    {t('dashboard.supervisionDueItem', { credential: summary.credentialName, state: t(`certification.supervisionDue.${summary.supervisionDue!}`) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('dashboard.people')}</h2>
        <form method="get" className="filters" role="search" aria-label={t('dashboard.filters')}>
          <div>
            <label htmlFor="q">{t('dashboard.search')}</label>
            <input id="q" name="q" type="text" defaultValue={filters.q ?? ''} />
          </div>
          <div>
            <label htmlFor="cohort">{t('dashboard.cohort')}</label>
            <select id="cohort" name="cohort" defaultValue={filters.cohort === undefined ? '' : String(filters.cohort)}>
              <option value="">{t('dashboard.all')}</option>
              <option value="none">{t('dashboard.noCohort')}</option>
              {dashboard.cohorts.map((cohort) => <option key={cohort.id} value={cohort.id}>{cohort.name}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="status">{t('dashboard.status')}</label>
            <select id="status" name="status" defaultValue={filters.status ?? ''}>
              <option value="">{t('dashboard.all')}</option>
              {STATUSES.map((status) => <option key={status} value={status}>{t(`status.${status}`)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="standing">{t('dashboard.standing')}</label>
            <select id="standing" name="standing" defaultValue={filters.standing ?? ''}>
              <option value="">{t('dashboard.all')}</option>
              {STANDINGS.map((standing) => <option key={standing} value={standing}>{t(`certification.standing.${standing}`)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="sort">{t('dashboard.sort')}</label>
            <select id="sort" name="sort" defaultValue={filters.sort}>
              {SORTS.map((sort) => <option key={sort} value={sort}>{t(`sort.${sort}`)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="dir">{t('dashboard.direction')}</label>
            <select id="dir" name="dir" defaultValue={filters.dir}>
              <option value="asc">{t('dashboard.ascending')}</option>
              <option value="desc">{t('dashboard.descending')}</option>
            </select>
          </div>
          <div className="filter-submit">
            <button className="button" type="submit">{t('dashboard.apply')}</button>
          </div>
        </form>
        <p className="actions">
          <a className="button secondary" href={`/manage/export/csv?${query({})}`} download>{t('dashboard.exportCsv')}</a>
          <a className="button secondary" href="/manage/export/pdf" download>{t('dashboard.exportPdf')}</a>
          <a className="button secondary" href={`/manage/export/certification?${query({})}`} download>{t('dashboard.exportCertificationCsv')}</a>
        </p>
        <p className="meta" role="status">{t('dashboard.showing', { shown: shown.length, total: rows.length })}</p>
        <DataTable labelledBy="people-heading" className="learners" columns={[t('dashboard.name'), t('dashboard.cohort'), t('dashboard.status'), t('dashboard.credential'), t('dashboard.modules'), t('dashboard.progress'), t('dashboard.competencies'), t('dashboard.lastActivity'), t('dashboard.nextDue')]}>
          {shown.map((row) => (
            <tr key={row.id} data-learner={row.email}>
              <th scope="row">
                <Link href={`/manage/learners/${row.id}`}>{row.name}</Link>
                <span className="email">{row.email}</span>
              </th>
              <td>{row.cohort?.name ?? '—'}</td>
              <td><span className={`badge ${row.overall}`} data-status={row.overall}>{t(`status.${row.overall}`)}</span></td>
              <td>
                {credentialsOf(row.id).length === 0 ? (
                  <span className="meta">{t('dashboard.noCredential')}</span>
                ) : (
                  <ul className="credential-standings">
                    {credentialsOf(row.id).map((summary) => (
                      <li key={summary.credentialId} data-credential-standing={summary.standing}>
                        <span className={`badge standing-${summary.standing}`}>{t(`certification.standing.${summary.standing}`)}</span> {summary.credentialName}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <ul className="module-statuses">
                  {row.modules.map((module) => (
                    <li key={module.moduleId}>
                      <span className={`badge ${module.status}`}>{t(`status.${module.status}`)}</span> {module.title}
                      {module.attempts > 0 && <span className="meta"> · {t('dashboard.quiz', { best: module.bestScore ?? 0, attempts: module.attempts })}</span>}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{format.number(row.progressPercent / 100, { style: 'percent' })}</td>
              <td>{t('dashboard.ofCompetencies', { covered: row.competencies, total: dashboard.competencyTotal })}</td>
              <td>{date(row.lastActivity)}</td>
              <td>{date(row.nextDue)}</td>
            </tr>
          ))}
        </DataTable>
        <Pager page={page} pages={pages} hrefFor={(to) => `/manage?${query({ page: to })}`} />
      </section>
    </>
  )
}
