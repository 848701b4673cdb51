import type { Metadata } from 'next'

import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { deleteCohortAction, dueDateAction, removeAssignmentAction, renameCohortAction } from '@/app/(site)/_server/manageActions'
import { requireManager } from '@/app/(site)/_server/session'
import { AssignForm, CohortForm } from './CohortForms'
import { ConfirmAction, InlineAction, RemovalOutcome } from '@/app/(site)/manage/ControlForms'
import { DataTable } from '@/app/(site)/manage/DataTable'
import { organizationTimeZone } from '@/lib/org/managerControls'
import { dayIn } from '@/lib/org/timeZone'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('cohorts.title') })

const DEFAULT_DUE_DAYS = 30
const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : null)
const titleOf = (value: unknown) => (value && typeof value === 'object' && 'title' in value ? String(value.title) : null)

export default async function CohortsPage() {
  const { payload, user, organizationId } = await requireManager()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const as = { overrideAccess: false, user, locale, fallbackLocale: 'en' } as const
  const [cohorts, learners, paths, modules, assignments, timeZone] = await Promise.all([
    payload.find({ collection: 'cohorts', ...as, depth: 0, sort: 'name', limit: 200 }),
    payload.find({
      collection: 'users',
      ...as,
      depth: 0,
      where: { and: [{ role: { equals: 'learner' } }, { organization: { equals: organizationId } }, { deactivatedAt: { exists: false } }] },
      sort: 'name',
      limit: 1000,
      select: { name: true, email: true, cohort: true },
    }),
    payload.find({ collection: 'paths', ...as, depth: 0, limit: 100, select: { title: true } }),
    payload.find({ collection: 'modules', ...as, depth: 0, sort: 'order', limit: 200, select: { title: true } }),
    payload.find({ collection: 'assignments', ...as, depth: 1, sort: 'dueDate', limit: 500 }),
    organizationTimeZone(payload, organizationId),
  ])
  const members = new Map<number, { id: number; name: string; email: string }[]>()
  for (const learner of learners.docs) {
    const cohort = typeof learner.cohort === 'object' ? learner.cohort?.id : learner.cohort
    if (cohort) members.set(cohort, [...(members.get(cohort) ?? []), { id: learner.id, name: learner.name, email: learner.email }])
  }
  const due = dayIn(new Date(Date.now() + DEFAULT_DUE_DAYS * 86_400_000), timeZone)
  const dateOf = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone })

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
        <RemovalOutcome action={deleteCohortAction}>
          {cohorts.docs.length === 0 ? (
            <p>{t('cohorts.none')}</p>
          ) : (
            <ul className="card-list">
              {cohorts.docs.map((cohort) => (
                <li key={cohort.id} className="card" data-cohort={cohort.name}>
                  <h3>{cohort.name}</h3>
                  <p className="meta">
                    {t('cohorts.memberCount', { count: members.get(cohort.id)?.length ?? 0 })}
                    {cohort.startsOn ? ` · ${t('cohorts.starts', { date: format.dateTime(new Date(cohort.startsOn), { dateStyle: 'medium', timeZone: 'UTC' }) })}` : ''}
                  </p>
                  {(members.get(cohort.id)?.length ?? 0) > 0 && (
                    <details>
                      <summary>{t('cohorts.showMembers', { name: cohort.name })}</summary>
                      <ul className="member-list">
                        {members.get(cohort.id)!.map((member) => (
                          <li key={member.id}>
                            <a href={`/manage/learners/${member.id}`}>{member.name}</a> <span className="meta">{member.email}</span>
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                  <div className="cohort-controls">
                    <InlineAction action={renameCohortAction} fields={{ id: cohort.id }} submit={t('cohorts.rename')}>
                      <div>
                        <label htmlFor={`rename-${cohort.id}`}>{t('cohorts.newName', { name: cohort.name })}</label>
                        <input id={`rename-${cohort.id}`} name="name" type="text" required defaultValue={cohort.name} aria-describedby={`rename-hint-${cohort.id}`} />
                        <p className="hint" id={`rename-hint-${cohort.id}`}>{t('cohorts.nameHint')}</p>
                      </div>
                    </InlineAction>
                    <ConfirmAction
                      action={deleteCohortAction}
                      fields={{ id: cohort.id }}
                      text={t('cohorts.delete')}
                      label={t('cohorts.deleteLabel', { name: cohort.name })}
                      prompt={t('cohorts.deletePrompt', { name: cohort.name, count: members.get(cohort.id)?.length ?? 0 })}
                      confirmText={t('cohorts.deleteConfirm')}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </RemovalOutcome>
      </section>

      <section aria-labelledby="assignment-list-heading">
        <h2 id="assignment-list-heading">{t('cohorts.assignments')}</h2>
        <RemovalOutcome action={removeAssignmentAction}>
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
                    <td>
                      <InlineAction action={dueDateAction} fields={{ id: assignment.id }} submit={t('cohorts.changeDue')} className="due-form">
                        <label htmlFor={`due-${assignment.id}`} className="visually-hidden">{t('cohorts.dueFor', { what, who })}</label>
                        <span aria-hidden="true" className="meta">{dateOf(assignment.dueDate)}</span>
                        <input id={`due-${assignment.id}`} name="dueDate" type="date" required defaultValue={dayIn(new Date(assignment.dueDate), timeZone)} />
                      </InlineAction>
                    </td>
                    <td>
                      <ConfirmAction
                        action={removeAssignmentAction}
                        fields={{ id: assignment.id }}
                        text={t('cohorts.remove')}
                        label={t('cohorts.removeLabel', { what, who })}
                        prompt={t('cohorts.removePrompt', { what, who })}
                        confirmText={t('cohorts.removeConfirm')}
                      />
                    </td>
                  </tr>
                )
              })}
            </DataTable>
          )}
        </RemovalOutcome>
      </section>
    </>
  )
}
