import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { cachedDashboard } from '@/cache/dashboard'
import { certificateAction, grantAttemptAction, setCohortAction } from '@/app/(site)/_server/manageActions'
import { LearnerCertificationControls } from '@/app/(site)/manage/learners/[id]/LearnerCertification'
import { requireManager } from '@/app/(site)/_server/session'
import { ButtonAction, ConfirmAction } from '@/app/(site)/manage/ControlForms'
import { DataTable } from '@/app/(site)/manage/DataTable'
import { organizationTimeZone } from '@/lib/org/managerControls'
import { relationId } from '@/lib/relationId'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('learner.title') })

export default async function LearnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { payload, user, organizationId } = await requireManager()
  const id = Number((await params).id)
  if (!Number.isInteger(id) || id <= 0) notFound()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage')
  const format = await getFormatter()
  // The dashboard is scoped to the manager's organization: a learner of another one is simply not in it.
  const dashboard = await cachedDashboard(payload, organizationId, locale)
  const learner = dashboard.learners.find((row) => row.id === id)
  if (!learner) notFound()
  const moduleIds = learner.modules.map((module) => module.moduleId)
  // Read live, never cached: limits, grants and certificates change from this page.
  const [quizzes, grants, certificates, timeZone] = await Promise.all([
    payload.find({ collection: 'quizzes', where: { module: { in: moduleIds } }, overrideAccess: false, user, depth: 0, limit: 200, select: { module: true, maxAttempts: true } }),
    payload.find({ collection: 'attempt-grants', where: { learner: { equals: id } }, overrideAccess: false, user, depth: 0, limit: 500, select: { quiz: true } }),
    payload.find({ collection: 'certificates', where: { user: { equals: id } }, overrideAccess: false, user, depth: 1, locale, fallbackLocale: 'en', limit: 100 }),
    organizationTimeZone(payload, organizationId),
  ])
  const quizOf = new Map(quizzes.docs.map((quiz) => [relationId(quiz.module), quiz]))
  const granted = (quizId: number) => grants.docs.filter((grant) => relationId(grant.quiz) === quizId).length
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone }) : '—')
  const percent = format.number(learner.progressPercent / 100, { style: 'percent' })

  return (
    <>
      <p><Link href="/manage">{t('learner.back')}</Link></p>
      <h1>{learner.name}</h1>
      <p className="meta">{learner.email} · {t('learner.joined', { date: date(learner.joinedAt) })}</p>
      <dl className="learner-summary">
        <div><dt>{t('dashboard.status')}</dt><dd><span className={`badge ${learner.overall}`}>{t(`status.${learner.overall}`)}</span></dd></div>
        <div><dt>{t('dashboard.progress')}</dt><dd>{percent}</dd></div>
        <div><dt>{t('dashboard.competencies')}</dt><dd>{t('dashboard.ofCompetencies', { covered: learner.competencies, total: dashboard.competencyTotal })}</dd></div>
      </dl>

      <form action={setCohortAction} className="inline-form">
        <input type="hidden" name="learner" value={learner.id} />
        <label htmlFor="learner-cohort">{t('dashboard.cohort')}</label>
        <select id="learner-cohort" name="cohort" defaultValue={learner.cohort?.id ?? ''}>
          <option value="">{t('dashboard.noCohort')}</option>
          {dashboard.cohorts.map((cohort) => <option key={cohort.id} value={cohort.id}>{cohort.name}</option>)}
        </select>
        <button type="submit" className="button secondary">{t('learner.saveCohort')}</button>
      </form>

      <h2 id="modules-heading">{t('dashboard.modules')}</h2>
      {learner.modules.length === 0 ? (
        <p>{t('learner.noAssignments')}</p>
      ) : (
        <DataTable labelledBy="modules-heading" columns={[t('learner.module'), t('dashboard.status'), t('learner.lessons'), t('learner.quiz'), t('learner.due'), t('dashboard.lastActivity')]}>
          {learner.modules.map((module) => {
            const quiz = quizOf.get(module.moduleId)
            const limit = quiz ? quiz.maxAttempts + granted(quiz.id) : 0
            return (
              <tr key={module.moduleId} data-module={module.title}>
                <th scope="row">{module.title}</th>
                <td><span className={`badge ${module.status}`}>{t(`status.${module.status}`)}</span></td>
                <td>{t('learner.lessonsOf', { done: module.lessonsDone, total: module.lessonCount })}</td>
                <td>
                  {quiz ? (
                    <>
                      <span>{t('learner.attemptsUsed', { used: module.attempts, limit })}</span>
                      {module.attempts > 0 && <span className="meta"> · {t('learner.bestScore', { best: module.bestScore ?? 0 })}</span>}
                      {module.status !== 'completed' && (
                        <ButtonAction
                          action={grantAttemptAction}
                          fields={{ learner: learner.id, module: module.moduleId }}
                          text={t('learner.grantAttempt')}
                          label={t('learner.grantAttemptLabel', { module: module.title })}
                        />
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{date(module.due)}</td>
                <td>{date(module.lastActivity)}</td>
              </tr>
            )
          })}
        </DataTable>
      )}

      <h2 id="certificates-heading">{t('learner.certificates')}</h2>
      {certificates.docs.length === 0 ? (
        <p>{t('learner.noCertificates')}</p>
      ) : (
        <DataTable labelledBy="certificates-heading" columns={[t('learner.module'), t('learner.certificate'), t('dashboard.status'), <span className="visually-hidden">{t('people.actions')}</span>]}>
          {certificates.docs.map((certificate) => {
            const title = typeof certificate.module === 'object' && certificate.module ? certificate.module.title : '—'
            return (
              <tr key={certificate.id} data-certificate={certificate.code}>
                <th scope="row">{title}</th>
                <td><Link href={`/verify/${certificate.code}`}>{certificate.code}</Link> <span className="meta">{t('learner.issued', { date: date(certificate.issuedAt) })}</span></td>
                <td>
                  {certificate.revoked ? (
                    <>
                      <span className="badge overdue" data-status="revoked">{t('learner.revoked')}</span>
                      {certificate.revokedReason && <span className="meta"> · {t('learner.reason', { reason: certificate.revokedReason })}</span>}
                    </>
                  ) : (
                    <span className="badge completed" data-status="valid">{t('learner.valid')}</span>
                  )}
                </td>
                <td className="row-actions">
                  {certificate.revoked ? (
                    <ConfirmAction
                      action={certificateAction}
                      fields={{ id: certificate.id, revoked: '0' }}
                      text={t('learner.restore')}
                      label={t('learner.restoreLabel', { module: title })}
                      prompt={t('learner.restorePrompt', { module: title })}
                      confirmText={t('learner.restoreConfirm')}
                      danger={false}
                    />
                  ) : (
                    <ConfirmAction
                      action={certificateAction}
                      fields={{ id: certificate.id, revoked: '1' }}
                      text={t('learner.revoke')}
                      label={t('learner.revokeLabel', { module: title })}
                      prompt={t('learner.revokePrompt', { module: title, name: learner.name })}
                      confirmText={t('learner.revokeConfirm')}
                      reason={{ label: t('learner.revokeReason'), required: true }}
                    />
                  )}
                </td>
              </tr>
            )
          })}
        </DataTable>
      )}

      <LearnerCertificationControls payload={payload} user={user} learnerId={learner.id} learnerName={learner.name} overdueModules={learner.overdueModules} />
    </>
  )
}
