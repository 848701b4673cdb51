import type { Metadata } from 'next'

import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import {
  assignedDueDates,
  idOf,
  lessonStatuses,
  listCertificates,
  listLessons,
  listModules,
  listProgress,
} from '@/app/(site)/_server/learning'
import { requireUser } from '@/app/(site)/_server/session'
import { ProgressBar } from '@/app/(site)/ProgressBar'
import { isExpired } from '@/lib/certificates/lookup'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('learn'))('title') })

export default async function MyLearningPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const { payload, user } = await requireUser()
  const welcome = (await searchParams).welcome === '1'
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('learn')
  const format = await getFormatter()
  const [modules, lessons, progress, certificates, dueDates] = await Promise.all([
    listModules(payload, user, locale),
    listLessons(payload, user, locale),
    listProgress(payload, user),
    listCertificates(payload, user, locale),
    assignedDueDates(payload, user),
  ])
  const statuses = lessonStatuses(progress)
  const lessonsById = new Map(lessons.map((lesson) => [lesson.id, lesson]))
  const modulesById = new Map(modules.map((module) => [module.id, module]))
  // An expired certificate no longer marks its module done: the module is assigned again to recertify.
  const certifiedOn = new Map(certificates.filter((certificate) => !isExpired(certificate)).map((certificate) => [idOf(certificate.module), certificate.issuedAt]))

  const resume = progress.find((row) => row.status !== 'completed' && lessonsById.has(idOf(row.lesson)!))
  const resumeLesson = resume ? lessonsById.get(idOf(resume.lesson)!) : undefined
  const resumeModule = resumeLesson ? modulesById.get(idOf(resumeLesson.module)!) : undefined

  const cards = modules.map((module) => {
    const own = lessons.filter((lesson) => idOf(lesson.module) === module.id)
    const done = own.filter((lesson) => statuses.get(lesson.id) === 'completed').length
    const completedAt = certifiedOn.get(module.id)
    return { module, total: own.length, done, certified: Boolean(completedAt), completedAt, due: dueDates.get(module.id) }
  })
  // Each module once: the assigned ones with their assignment, then the rest.
  const assigned = cards.filter((card) => card.due).sort((a, b) => a.due!.localeCompare(b.due!))
  const others = cards.filter((card) => !card.due)
  const now = new Date()
  const dueLabel = (due: string, completedAt: string | undefined) => {
    if (completedAt) return t('completedOn', { date: format.dateTime(new Date(completedAt), { dateStyle: 'long' }) })
    const date = format.dateTime(new Date(due), { dateStyle: 'long', timeZone: 'UTC' })
    return new Date(due) < now ? t('overdue', { date }) : t('due', { date })
  }

  return (
    <>
      <h1>{t('title')}</h1>
      {welcome && <p className="alert success" role="status">{t('welcomeJoined')}</p>}
      <p>{t('welcome', { name: user.name })}</p>

      {assigned.length > 0 && (
        <section aria-labelledby="assigned-heading">
          <h2 id="assigned-heading">{t('assigned')}</h2>
          <ul className="card-list">
            {assigned.map(({ module, total, done, certified, completedAt, due }) => {
              const overdue = !certified && new Date(due!) < now
              return (
                <li key={module.id} className="card" data-assigned={module.slug}>
                  <h3>
                    <Link href={`/modules/${module.slug}`}>{module.title}</Link>
                  </h3>
                  <p>
                    <span className={`badge ${certified ? 'completed' : overdue ? 'overdue' : done ? 'in-progress' : 'not-started'}`}>
                      {dueLabel(due!, completedAt)}
                    </span>
                  </p>
                  {module.summary && <p>{module.summary}</p>}
                  <ProgressBar done={done} total={total} label={t('progress', { done, total })} />
                  <p className="meta">
                    {t('progress', { done, total })}
                    {module.estimatedMinutes ? ` · ${t('minutes', { minutes: module.estimatedMinutes })}` : ''}
                  </p>
                </li>
              )
            })}
          </ul>
        </section>
      )}

      {resumeLesson && resumeModule && (
        <section aria-labelledby="resume-heading" className="card">
          <h2 id="resume-heading">{t('continue')}</h2>
          <p>
            <Link className="button" href={`/modules/${resumeModule.slug}/lessons/${resumeLesson.slug}`}>
              {t('continueLesson', { lesson: resumeLesson.title })}
            </Link>
          </p>
        </section>
      )}

      {others.length > 0 && (
        <section aria-labelledby="modules-heading">
          <h2 id="modules-heading">{assigned.length > 0 ? t('otherModules') : t('modules')}</h2>
          <ul className="card-list">
            {others.map(({ module, total, done, certified }) => (
              <li key={module.id} className="card">
                <h3>
                  <Link href={`/modules/${module.slug}`}>{module.title}</Link>
                </h3>
                {module.summary && <p>{module.summary}</p>}
                <ProgressBar done={done} total={total} label={t('progress', { done, total })} />
                <p className="meta">
                  {t('progress', { done, total })}
                  {module.estimatedMinutes ? ` · ${t('minutes', { minutes: module.estimatedMinutes })}` : ''}
                  {certified ? ' · ✓' : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="certificates-heading">
        <h2 id="certificates-heading">{t('certificates')}</h2>
        {certificates.length === 0 ? (
          <p>{t('noCertificates')}</p>
        ) : (
          <ul className="card-list">
            {certificates.map((certificate) => (
              <li key={certificate.id} className="card">
                <h3>{typeof certificate.module === 'object' ? certificate.module.title : ''}</h3>
                <p className="meta">{t('issued', { date: format.dateTime(new Date(certificate.issuedAt), { dateStyle: 'long' }) })}</p>
                {certificate.expiresAt && isExpired(certificate) ? (
                  <p className="meta">{t('expiredOn', { date: format.dateTime(new Date(certificate.expiresAt), { dateStyle: 'long' }) })}</p>
                ) : null}
                <p className="actions">
                  <a className="button secondary" href={`/certificates/${certificate.id}/pdf`} download>
                    {t('download')}
                  </a>
                  <Link href={`/verify/${certificate.code}`}>{t('verify')}</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
