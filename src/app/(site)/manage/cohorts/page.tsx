import type { Metadata } from 'next'

import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { removeAssignmentAction } from '@/app/(site)/_server/manageActions'
import { requireManager } from '@/app/(site)/_server/session'
import { AssignForm, CohortForm } from './CohortForms'
import { DataTable } from '@/app/(site)/manage/DataTable'
import { RowAction } from '@/app/(site)/manage/RowAction'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('cohorts.title') })

const DEFAULT_DUE_DAYS = 30
const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : null)
const titleOf = (value: unknown) => (value && typeof value === 'object' && 'title' in value ? String(value.title) : null)

export default async function CohortsPage() {
  const { payload, user } = await requireManager()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const as = { overrideAccess: false, user, locale, fallbackLocale: 'en' } as const
  const [cohorts, learners, paths, modules, assignments] = await Promise.all([
    payload.find({ collection: 'cohorts', ...as, depth: 0, sort: 'name', limit: 200 }),
    payload.find({ collection: 'users', ...as, depth: 0, where: { role: { equals: 'learner' } }, sort: 'name', limit: 1000, select: { name: true, email: true, cohort: true } }),
    payload.find({ collection: 'paths', ...as, depth: 0, limit: 100, select: { title: true } }),
    payload.find({ collection: 'modules', ...as, depth: 0, sort: 'order', limit: 200, select: { title: true } }),
    payload.find({ collection: 'assignments', ...as, depth: 1, sort: 'dueDate', limit: 500 }),
  ])
  const members = new Map<number, number>()
  for (const learner of learners.docs) {
    const cohort = typeof learner.cohort === 'object' ? learner.cohort?.id : learner.cohort
    if (cohort) members.set(cohort, (members.get(cohort) ?? 0) + 1)
  }
  const due = new Date(Date.now() + DEFAULT_DUE_DAYS * 86_400_000).toISOString().slice(0, 10)

  return (
    <>
      <h1>{t('cohorts.title')}</h1>
      <div className="two-columns">
        <section aria-labelledby="new-cohort-heading" className="card">
          <h2 id="new-cohort-heading">{t('cohorts.new')}</h2>
          <CohortForm />
        </section>
        <section aria-labelledby="assign-heading" className="card">
          <h2 id="assign-heading">{t('cohorts.assignHeading')}</h2>
          <AssignForm
            cohorts={cohorts.docs.map((cohort) => ({ value: `cohort:${cohort.id}`, label: cohort.name }))}
            learners={learners.docs.map((learner) => ({ value: `learner:${learner.id}`, label: `${learner.name} (${learner.email})` }))}
            paths={paths.docs.map((path) => ({ value: `path:${path.id}`, label: path.title }))}
            modules={modules.docs.map((module) => ({ value: `module:${module.id}`, label: module.title }))}
            defaultDue={due}
          />
        </section>
      </div>

      <section aria-labelledby="cohort-list-heading">
        <h2 id="cohort-list-heading">{t('cohorts.list')}</h2>
        {cohorts.docs.length === 0 ? (
          <p>{t('cohorts.none')}</p>
        ) : (
          <ul className="card-list">
            {cohorts.docs.map((cohort) => (
              <li key={cohort.id} className="card">
                <h3>{cohort.name}</h3>
                <p className="meta">
                  {t('cohorts.memberCount', { count: members.get(cohort.id) ?? 0 })}
                  {cohort.startsOn ? ` · ${t('cohorts.starts', { date: format.dateTime(new Date(cohort.startsOn), { dateStyle: 'medium', timeZone: 'UTC' }) })}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="assignment-list-heading">
        <h2 id="assignment-list-heading">{t('cohorts.assignments')}</h2>
        {assignments.docs.length === 0 ? (
          <p>{t('cohorts.noAssignments')}</p>
        ) : (
          <DataTable labelledBy="assignment-list-heading" columns={[t('cohorts.assignWhat'), t('cohorts.assignTo'), t('cohorts.dueDate'), <span className="visually-hidden">{t('people.actions')}</span>]}>
            {assignments.docs.map((assignment) => {
              const what = titleOf(assignment.path) ?? titleOf(assignment.module) ?? '—'
              const who = nameOf(assignment.cohort) ?? nameOf(assignment.learner) ?? '—'
              return (
                <tr key={assignment.id}>
                  <th scope="row">{what}</th>
                  <td>{who}</td>
                  <td>{format.dateTime(new Date(assignment.dueDate), { dateStyle: 'medium', timeZone: 'UTC' })}</td>
                  <td>
                    <RowAction action={removeAssignmentAction} id={assignment.id} label={t('cohorts.removeLabel', { what, who })} text={t('cohorts.remove')} />
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
