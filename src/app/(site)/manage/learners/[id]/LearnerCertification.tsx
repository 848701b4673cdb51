import type { Payload } from 'payload'

import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'
import type { ExperienceLog, User } from '@/payload-types'

import { chooseCredentialAction, experienceWeekDecisionAction, externalTrainingDecisionAction, recordSupervisionAction, withdrawSupervisionAction } from '@/app/(site)/_server/certificationActions'
import { CertificationProgress, formatHours } from '@/app/(site)/CertificationProgress'
import { ButtonAction, ConfirmAction, InlineAction, RemovalOutcome } from '@/app/(site)/manage/ControlForms'
import { DataTable } from '@/app/(site)/manage/DataTable'
import { SUPERVISION_TOPIC_VALUES } from '@/lib/certification/managerForms'
import { loadTeamCertification } from '@/lib/certification/teamCertification'
import { sumHours } from '@/lib/credentials/hours'
import { relationId } from '@/lib/relationId'

const day = (iso: string) => iso.slice(0, 10)

/**
 * A learner's certification on the manager's learner page: the credential
 * they work toward, their progress (the learner's own component), external
 * trainings and experience weeks to decide, and the supervision log. Read
 * live with the manager's access; the learner is one of the manager's
 * organization (the page proved it).
 */
export async function LearnerCertificationControls({
  payload,
  user,
  learnerId,
  learnerName,
  overdueModules,
}: {
  payload: Payload
  /** The signed-in manager, who reads everything here with their own access. */
  user: User
  learnerId: number
  learnerName: string
  overdueModules: number
}) {
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage.certification')
  const format = await getFormatter()
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeZone: 'UTC' })
  const [records, available] = await Promise.all([
    loadTeamCertification(payload, { manager: user }, locale, { learnerId, overdueAssignments: () => overdueModules }),
    payload.find({ collection: 'credentials', overrideAccess: false, user, locale, fallbackLocale: 'en', limit: 100, pagination: false, depth: 0, sort: 'name', select: { name: true } }),
  ])
  const moduleIds = [...new Set(records.credentials.flatMap((entry) => entry.progress.training.domains.concat(entry.renewal?.categories ?? []).flatMap((domain) => domain.sources.flatMap((source) => (source.kind === 'module' ? [source.moduleId] : [])))))]
  const modules = moduleIds.length
    ? (await payload.find({ collection: 'modules', where: { id: { in: moduleIds } }, overrideAccess: false, user, locale, fallbackLocale: 'en', depth: 0, limit: moduleIds.length, pagination: false, select: { title: true } })).docs
    : []
  const moduleTitle = new Map(modules.map((module) => [module.id, module.title]))
  const pursuing = records.credentials.find((entry) => entry.held.status === 'pursuing')
  const domainName = new Map<string, string>(records.credentials.flatMap((entry) => (entry.credential.domains ?? []).map((domain) => [`${entry.credential.id}:${domain.key}`, domain.name] as const)))

  const weeks = new Map<string, ExperienceLog[]>()
  for (const entry of records.experience) {
    const week = day(entry.weekOf ?? entry.date)
    weeks.set(week, [...(weeks.get(week) ?? []), entry])
  }
  const sessionLabel = (id: number) => {
    const session = records.supervision.find((entry) => entry.id === id)
    return session ? t('sessionOn', { date: date(session.date), minutes: session.durationMinutes }) : `#${id}`
  }
  const acknowledged = records.supervision.filter((entry) => entry.acknowledged)

  return (
    <>
      <h2 id="certification-heading">{t('heading')}</h2>
      <InlineAction action={chooseCredentialAction} fields={{ learner: learnerId }} submit={pursuing ? t('change') : t('choose')}>
        <label htmlFor="learner-credential">{pursuing ? t('changeLabel') : t('chooseLabel')}</label>
        <select id="learner-credential" name="credential" required defaultValue={pursuing ? pursuing.credential.id : ''}>
          {!pursuing && <option value="">{t('pick')}</option>}
          {available.docs.map((credential) => (
            <option key={credential.id} value={credential.id}>
              {credential.name}
            </option>
          ))}
        </select>
      </InlineAction>
      {records.credentials.length === 0 && <p>{t('none', { name: learnerName })}</p>}

      {records.credentials.map((entry) => (
        <CertificationProgress key={entry.held.id} entry={entry} moduleTitle={moduleTitle} audience="manager">
          <p>
            <span className={`badge standing-${entry.standing}`} data-standing={entry.standing}>{t(`standing.${entry.standing}`)}</span>
            {entry.supervisionDue && <span className="meta"> · {t(`supervisionDue.${entry.supervisionDue}`)}</span>}
          </p>
          <p>
            <a className="button secondary" href={`/manage/learners/${learnerId}/packet?credential=${entry.credential.id}`} download>
              {t('packet', { credential: entry.credential.name })}
            </a>
          </p>
        </CertificationProgress>
      ))}

      <h2 id="external-heading">{t('external')}</h2>
      {records.externalTrainings.length === 0 ? (
        <p>{t('noExternal')}</p>
      ) : (
        <DataTable labelledBy="external-heading" columns={[t('trainingTitle'), t('domain'), t('date'), t('hours'), t('status'), <span key="actions" className="visually-hidden">{t('actions')}</span>]}>
          {records.externalTrainings.map((training) => (
            <tr key={training.id} data-external={training.title}>
              <th scope="row">
                {training.title} <span className="meta">{training.provider}</span>
              </th>
              <td>{domainName.get(`${relationId(training.credential)}:${training.domain}`) ?? training.domain}</td>
              <td>{date(training.date)}</td>
              <td>{formatHours(training.hours)}</td>
              <td>
                <span className={`badge review-${training.status}`} data-status={training.status}>{t(`review.${training.status}`)}</span>
                {training.decisionReason && <span className="meta"> · {t('reason', { reason: training.decisionReason })}</span>}
              </td>
              <td className="row-actions">
                {training.status === 'pending' && (
                  <>
                    <ButtonAction action={externalTrainingDecisionAction} fields={{ learner: learnerId, id: training.id, decision: 'approved' }} text={t('approve')} label={t('approveTrainingLabel', { title: training.title })} />
                    <ConfirmAction
                      action={externalTrainingDecisionAction}
                      fields={{ learner: learnerId, id: training.id, decision: 'rejected' }}
                      text={t('reject')}
                      label={t('rejectTrainingLabel', { title: training.title })}
                      prompt={t('rejectTrainingPrompt', { title: training.title, name: learnerName })}
                      confirmText={t('rejectConfirm')}
                      reason={{ label: t('rejectReason'), required: true }}
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2 id="experience-heading">{t('experience')}</h2>
      {weeks.size === 0 ? (
        <p>{t('noExperience')}</p>
      ) : (
        <DataTable labelledBy="experience-heading" columns={[t('week'), t('entries'), t('hours'), t('status'), <span key="actions" className="visually-hidden">{t('actions')}</span>]}>
          {[...weeks].map(([week, entries]) => {
            const pending = entries.filter((entry) => entry.status === 'pending')
            const weekLabel = t('weekOf', { date: date(week) })
            return (
              <tr key={week} data-week={week}>
                <th scope="row">{weekLabel}</th>
                <td>
                  <ul className="plain-list">
                    {entries.map((entry) => (
                      <li key={entry.id}>
                        {t('entry', { date: date(entry.date), hours: formatHours(entry.hours), setting: entry.setting })}
                        <span className="meta">
                          {' '}
                          · {entry.paid ? t('paid') : t('volunteer')}
                          {entry.withSimilarPeers ? ` · ${t('similarPeers')}` : ''} · {t(`review.${entry.status}`)}
                          {entry.decisionReason ? ` · ${t('reason', { reason: entry.decisionReason })}` : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{formatHours(sumHours(entries.map((entry) => entry.hours)))}</td>
                <td>{pending.length > 0 ? t('weekPending', { count: pending.length }) : t('weekDecided')}</td>
                <td className="row-actions">
                  {pending.length > 0 && (
                    <>
                      <ButtonAction action={experienceWeekDecisionAction} fields={{ learner: learnerId, weekOf: week, decision: 'approved' }} text={t('approveWeek')} label={t('approveWeekLabel', { week: weekLabel })} />
                      <ConfirmAction
                        action={experienceWeekDecisionAction}
                        fields={{ learner: learnerId, weekOf: week, decision: 'rejected' }}
                        text={t('rejectWeek')}
                        label={t('rejectWeekLabel', { week: weekLabel })}
                        prompt={t('rejectWeekPrompt', { week: weekLabel, count: pending.length, name: learnerName })}
                        confirmText={t('rejectConfirm')}
                        reason={{ label: t('rejectReason'), required: true }}
                      />
                    </>
                  )}
                </td>
              </tr>
            )
          })}
        </DataTable>
      )}

      <h2 id="supervision-heading">{t('supervision')}</h2>
      {/* Around the empty state too: withdrawing the last entry keeps its outcome. */}
      <RemovalOutcome action={withdrawSupervisionAction}>
        {records.supervision.length === 0 ? (
          <p>{t('noSupervision')}</p>
        ) : (
          <DataTable labelledBy="supervision-heading" columns={[t('date'), t('duration'), t('format'), t('topics'), t('notes'), t('status'), <span key="actions" className="visually-hidden">{t('actions')}</span>]}>
            {records.supervision.map((session) => (
              <tr key={session.id} data-session={session.id}>
                <th scope="row">{date(session.date)}</th>
                <td>{t('minutes', { minutes: session.durationMinutes })}</td>
                <td>
                  {t(`formats.${session.format}`)} · {t(`modes.${session.mode}`)}
                </td>
                <td>{(session.topics ?? []).map((topic) => t(`topicNames.${topic}`)).join(', ') || '—'}</td>
                <td>{session.notes || '—'}</td>
                <td>
                  <span className={`badge ${session.acknowledged ? 'completed' : 'in-progress'}`} data-acknowledged={Boolean(session.acknowledged)}>
                    {session.acknowledged ? t('acknowledged') : t('awaiting')}
                  </span>
                  {session.corrects != null && <span className="meta"> · {t('corrects', { session: sessionLabel(relationId(session.corrects)!) })}</span>}
                </td>
                <td className="row-actions">
                  {/* Until the learner acknowledges it, an entry recorded by mistake can be taken back (audited); afterwards only a correction. */}
                  {!session.acknowledged && (
                    <ConfirmAction
                      action={withdrawSupervisionAction}
                      fields={{ learner: learnerId, id: session.id }}
                      text={t('withdraw')}
                      label={t('withdrawLabel', { session: sessionLabel(session.id) })}
                      prompt={t('withdrawPrompt', { session: sessionLabel(session.id), name: learnerName })}
                      confirmText={t('withdrawConfirm')}
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </RemovalOutcome>

      <h3 id="record-supervision-heading">{t('record')}</h3>
      <InlineAction action={recordSupervisionAction} fields={{ learner: learnerId }} submit={t('recordButton')} className="stack supervision-form">
        <div>
          <label htmlFor="supervision-date">{t('date')}</label>
          <input id="supervision-date" name="date" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
        </div>
        <div>
          <label htmlFor="supervision-minutes">{t('durationMinutes')}</label>
          <input id="supervision-minutes" name="durationMinutes" type="number" min={5} max={600} step={5} required defaultValue={60} inputMode="numeric" />
        </div>
        <div>
          <label htmlFor="supervision-format">{t('format')}</label>
          <select id="supervision-format" name="format" defaultValue="individual">
            <option value="individual">{t('formats.individual')}</option>
            <option value="group">{t('formats.group')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="supervision-mode">{t('mode')}</label>
          <select id="supervision-mode" name="mode" defaultValue="in-person">
            <option value="in-person">{t('modes.in-person')}</option>
            <option value="remote">{t('modes.remote')}</option>
          </select>
        </div>
        <fieldset>
          <legend>{t('topics')}</legend>
          {SUPERVISION_TOPIC_VALUES.map((topic) => (
            <div key={topic} className="checkbox">
              <input id={`supervision-topic-${topic}`} type="checkbox" name="topics" value={topic} />
              <label htmlFor={`supervision-topic-${topic}`}>{t(`topicNames.${topic}`)}</label>
            </div>
          ))}
        </fieldset>
        <div>
          <label htmlFor="supervision-notes">{t('notes')}</label>
          <textarea id="supervision-notes" name="notes" rows={3} maxLength={4000} aria-describedby="supervision-notes-help" />
          <p id="supervision-notes-help" className="meta">{t('notesHelp')}</p>
        </div>
        {acknowledged.length > 0 && (
          <div>
            <label htmlFor="supervision-corrects">{t('correctsLabel')}</label>
            <select id="supervision-corrects" name="corrects" defaultValue="" aria-describedby="supervision-corrects-help">
              <option value="">{t('notACorrection')}</option>
              {acknowledged.map((session) => (
                <option key={session.id} value={session.id}>
                  {sessionLabel(session.id)}
                </option>
              ))}
            </select>
            <p id="supervision-corrects-help" className="meta">{t('correctsHelp')}</p>
          </div>
        )}
      </InlineAction>
    </>
  )
}
