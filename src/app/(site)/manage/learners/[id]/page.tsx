import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { cachedDashboard } from '@/cache/dashboard'
import { setCohortAction } from '@/app/(site)/_server/manageActions'
import { requireManager } from '@/app/(site)/_server/session'
import { DataTable } from '@/app/(site)/manage/DataTable'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('learner.title') })

export default async function LearnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { payload, organizationId } = await requireManager()
  const id = Number((await params).id)
  if (!Number.isInteger(id) || id <= 0) notFound()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage')
  const format = await getFormatter()
  // The dashboard is scoped to the manager's organization: a learner of another one is simply not in it.
  const dashboard = await cachedDashboard(payload, organizationId, locale)
  const learner = dashboard.learners.find((row) => row.id === id)
  if (!learner) notFound()
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone: 'UTC' }) : '—')

  return (
    <>
      <p><Link href="/manage">{t('learner.back')}</Link></p>
      <h1>{learner.name}</h1>
      <p className="meta">{learner.email} · {t('learner.joined', { date: date(learner.joinedAt) })}</p>
      <p><span className={`badge ${learner.overall}`}>{t(`status.${learner.overall}`)}</span> · {learner.progressPercent}% · {t('dashboard.ofCompetencies', { covered: learner.competencies, total: dashboard.competencyTotal })}</p>

      <form action={setCohortAction} className="inline-form">
        <input type="hidden" name="learner" value={learner.id} />
        <label htmlFor="learner-cohort">{t('dashboard.cohort')}</label>
        <select id="learner-cohort" name="cohort" defaultValue={learner.cohort?.id ?? ''}>
          <option value="">{t('dashboard.noCohort')}</option>
          {dashboard.cohorts.map((cohort) => <option key={cohort.id} value={cohort.id}>{cohort.name}</option>)}
        </select>
        <button type="submit" className="button secondary">{t('learner.saveCohort')}</button>
      </form>

      <h2>{t('dashboard.modules')}</h2>
      {learner.modules.length === 0 ? (
        <p>{t('learner.noAssignments')}</p>
      ) : (
        <DataTable label={t('dashboard.modules')} columns={[t('learner.module'), t('dashboard.status'), t('learner.lessons'), t('learner.quiz'), t('learner.due'), t('learner.certificate'), t('dashboard.lastActivity')]}>
          {learner.modules.map((module) => (
            <tr key={module.moduleId}>
              <th scope="row">{module.title}</th>
              <td><span className={`badge ${module.status}`}>{t(`status.${module.status}`)}</span></td>
              <td>{module.lessonsDone}/{module.lessonCount}</td>
              <td>{module.attempts ? t('dashboard.quiz', { best: module.bestScore ?? 0, attempts: module.attempts }) : '—'}</td>
              <td>{date(module.due)}</td>
              <td>{module.certificateCode ? <Link href={`/verify/${module.certificateCode}`}>{module.certificateCode}</Link> : '—'}</td>
              <td>{date(module.lastActivity)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}
