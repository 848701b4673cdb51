import type { Metadata } from 'next'

import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { DomainProgress } from '@/lib/credentials/training'
import type { AppLocale } from '@/lib/locales'

import { listModules } from '@/app/(site)/_server/learning'
import { requireUser } from '@/app/(site)/_server/session'
import { ProgressBar } from '@/app/(site)/ProgressBar'
import { loadLearnerCertification } from '@/lib/certification/learnerCertification'
import { chooseCredential } from './actions'
import { AcknowledgeButton, ExperienceForm, ExternalTrainingForm } from './CertificationForms'
import { CERTIFICATE_MAX_BYTES, learnerRecordLists } from './records'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('certification'))('title') })

/** Hours to the hundredth, always the same way: 19.5, 2, 0.25. */
const hours = (value: number) => String(Math.round(value * 100) / 100)

export default async function MyCertificationPage() {
  const { payload, user } = await requireUser()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('certification')
  const format = await getFormatter()
  const date = (value: string) => format.dateTime(new Date(value), { dateStyle: 'long', timeZone: 'UTC' })
  const [chosen, modules, records] = await Promise.all([loadLearnerCertification(payload, user, locale), listModules(payload, user, locale), learnerRecordLists(payload, user, locale)])
  const today = new Date().toISOString().slice(0, 10)
  const topicName = (topic: string) => (t.has(`topics.${topic}`) ? t(`topics.${topic}` as 'topics.skill-building') : topic)
  const reviewBadge = (status: string) => <span className={`badge ${status === 'approved' ? 'completed' : status === 'rejected' ? 'overdue' : 'in-progress'}`}>{t('status', { status })}</span>
  const moduleTitle = new Map(modules.map((module) => [module.id, module.title]))

  const domainList = (domains: DomainProgress[], names: Map<string, string>, headingId: string) => (
    <ul className="card-list" aria-labelledby={headingId}>
      {domains.map((domain) => {
        const name = names.get(domain.key) ?? domain.key
        const label = t('domainProgress', { name, earned: hours(domain.counted), required: hours(domain.required) })
        return (
          <li key={domain.key} className="card" data-domain={domain.key}>
            <h4>{name}</h4>
            <ProgressBar done={domain.counted} total={domain.required} label={label} />
            <p className="meta">
              {label}
              {domain.met ? ` · ${t('met')}` : ` · ${t('left', { hours: hours(domain.remaining) })}`}
              {domain.earned > domain.required ? ` · ${t('beyond', { hours: hours(domain.earned - domain.required) })}` : ''}
            </p>
            {domain.sources.length > 0 && (
              <ul>
                {domain.sources.map((source, index) => (
                  <li key={index}>
                    {source.kind === 'module' ? (
                      <>
                        {t('fromModule', { module: moduleTitle.get(source.moduleId) ?? '', hours: hours(source.hours), date: date(source.date) })}{' '}
                        <Link href={`/verify/${source.certificateCode}`}>{t('certificateCode', { code: source.certificateCode })}</Link>
                      </>
                    ) : (
                      t('fromExternal', { title: source.title, provider: source.provider ?? '', hours: hours(source.hours), date: date(source.date) })
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        )
      })}
    </ul>
  )

  if (chosen.length === 0) {
    const available = await payload.find({ collection: 'credentials', overrideAccess: false, user, locale, fallbackLocale: 'en', limit: 100, pagination: false, depth: 0, sort: 'name', select: { name: true } })
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('none')}</p>
        <form action={chooseCredential} className="stack card">
          <label htmlFor="credential">{t('choose')}</label>
          <select id="credential" name="credential" required>
            {available.docs.map((credential) => (
              <option key={credential.id} value={credential.id}>
                {credential.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">{t('chooseButton')}</button>
        </form>
      </>
    )
  }

  return (
    <>
      <h1>{t('title')}</h1>
      {chosen.map(({ held, credential, progress, renewal }) => {
        const id = `credential-${credential.id}`
        const names = new Map([...(credential.domains ?? []), ...(credential.renewal?.categories ?? [])].map((row) => [row.key, row.name]))
        const { experience, supervision } = progress
        const externals = records.externalTrainings.filter((training) => (typeof training.credential === 'object' ? training.credential.id : training.credential) === credential.id)
        return (
          <section key={held.id} aria-labelledby={id} className="certification" data-credential={credential.slug}>
            <h2 id={id}>{credential.name}</h2>
            <p className="meta">
              {t('board', { board: credential.board, jurisdiction: credential.jurisdiction })} ·{' '}
              <a href={credential.sourceUrl} rel="noopener noreferrer">
                {t('source')}
              </a>{' '}
              · {t('asOf', { date: date(credential.asOf) })}
            </p>
            {held.status === 'held' ? (
              <p>
                <span className="badge completed">{t('held')}</span> {held.number ? t('number', { number: held.number }) : ''}
              </p>
            ) : (
              <p role="status">
                <span className={`badge ${progress.readyToApply ? 'completed' : 'in-progress'}`} data-ready={progress.readyToApply}>
                  {progress.readyToApply ? t('ready') : t('notReady')}
                </span>
              </p>
            )}

            {progress.training.domains.length > 0 && (
              <>
                <h3 id={`${id}-training`}>{t('training', { counted: hours(progress.training.counted), required: hours(progress.training.required) })}</h3>
                {domainList(progress.training.domains, names, `${id}-training`)}
              </>
            )}
            <h3 id={`${id}-external`}>{t('externalList')}</h3>
            {externals.length === 0 ? (
              <p>{t('externalNone')}</p>
            ) : (
              <ul className="card-list" aria-labelledby={`${id}-external`}>
                {externals.map((training) => (
                  <li key={training.id} className="card" data-external-training={training.id} data-status={training.status}>
                    <h4>{training.title}</h4>
                    <p className="meta">
                      {t('externalLine', { provider: training.provider, date: date(training.date), hours: hours(training.hours), domain: names.get(training.domain) ?? training.domain })}
                    </p>
                    <p>
                      {reviewBadge(training.status)}
                      {training.status === 'rejected' && training.decisionReason ? ` ${t('reason', { reason: training.decisionReason })}` : ''}
                    </p>
                    {training.certificateName && <p className="meta">{t('certificateAttached', { name: training.certificateName })}</p>}
                  </li>
                ))}
              </ul>
            )}
            <h4 id={`${id}-external-form`}>{t('externalForm.heading')}</h4>
            <ExternalTrainingForm
              credentialId={credential.id}
              domains={[...(credential.domains ?? []), ...(held.status === 'held' ? (credential.renewal?.categories ?? []) : [])].map(({ key, name }) => ({ key, name }))}
              maxMegabytes={CERTIFICATE_MAX_BYTES / 1024 / 1024}
              today={today}
            />

            {experience.required > 0 && (
              <>
                <h3>{t('experience')}</h3>
                <ProgressBar done={experience.approved} total={experience.required} label={t('experienceProgress', { approved: hours(experience.approved), required: hours(experience.required) })} />
                <p className="meta">
                  {t('experienceProgress', { approved: hours(experience.approved), required: hours(experience.required) })}
                  {experience.pending > 0 ? ` · ${t('experiencePending', { hours: hours(experience.pending) })}` : ''}
                </p>
                {experience.requirements.map((requirement) => (
                  <p key={requirement.condition} className="meta">
                    {t('similarPeers', { approved: hours(requirement.approved), required: hours(requirement.required) })}
                  </p>
                ))}
              </>
            )}

            {(supervision.required > 0 || supervision.cadence !== 'none') && (
              <>
                <h3>{t('supervision')}</h3>
                {supervision.required > 0 && (
                  <>
                    <ProgressBar done={supervision.acknowledgedHours} total={supervision.required} label={t('supervisionProgress', { hours: hours(supervision.acknowledgedHours), required: hours(supervision.required) })} />
                    <p className="meta">{t('supervisionProgress', { hours: hours(supervision.acknowledgedHours), required: hours(supervision.required) })}</p>
                  </>
                )}
                {supervision.awaitingAcknowledgement > 0 && <p>{t('toAcknowledge', { count: supervision.awaitingAcknowledgement })}</p>}
                {supervision.cadence !== 'none' && (
                  <p>{supervision.gaps.length === 0 ? t('cadenceKept', { cadence: supervision.cadence }) : t('cadenceGaps', { cadence: supervision.cadence, count: supervision.gaps.length })}</p>
                )}
              </>
            )}

            {renewal && (
              <>
                <h3 id={`${id}-renewal`}>{t('renewal', { start: date(renewal.cycle.start), end: date(renewal.expiresOn) })}</h3>
                <p role="status">
                  <span className={`badge ${renewal.expired ? 'overdue' : renewal.daysToExpiry <= 90 ? 'in-progress' : 'completed'}`}>
                    {renewal.expired ? t('expired', { date: date(renewal.expiresOn) }) : t('expiresIn', { days: renewal.daysToExpiry, date: date(renewal.expiresOn) })}
                  </span>
                </p>
                <ProgressBar done={renewal.earned} total={renewal.required} label={t('ceProgress', { earned: hours(renewal.earned), required: hours(renewal.required) })} />
                <p className="meta">{t('ceProgress', { earned: hours(renewal.earned), required: hours(renewal.required) })}</p>
                {domainList(renewal.categories.filter((category) => category.required > 0 || category.earned > 0), names, `${id}-renewal`)}
              </>
            )}
            <p className="actions">
              <a className="button" href={`/certification/packet?credential=${credential.id}`} download>
                {t('packet')}
              </a>
            </p>
          </section>
        )
      })}

      <section aria-labelledby="experience-log" className="certification">
        <h2 id="experience-log">{t('experienceLog')}</h2>
        {records.experienceWeeks.length === 0 ? (
          <p>{t('experienceNone')}</p>
        ) : (
          <ul className="card-list" aria-labelledby="experience-log">
            {records.experienceWeeks.map((week) => (
              <li key={week.weekOf} className="card" data-week={week.weekOf}>
                <h3>{t('week', { date: date(week.weekOf), hours: hours(week.hours) })}</h3>
                <ul>
                  {week.entries.map((entry) => (
                    <li key={entry.id} data-status={entry.status}>
                      {t('experienceLine', { date: date(entry.date), hours: hours(entry.hours), setting: entry.setting, paid: String(Boolean(entry.paid)), similar: String(Boolean(entry.withSimilarPeers)) })}{' '}
                      {reviewBadge(entry.status)}
                      {entry.status === 'rejected' && entry.decisionReason ? ` ${t('reason', { reason: entry.decisionReason })}` : ''}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <h3 id="experience-form">{t('experienceForm.heading')}</h3>
        <ExperienceForm today={today} />
      </section>

      <section aria-labelledby="supervision-sessions" className="certification">
        <h2 id="supervision-sessions">{t('sessions')}</h2>
        {records.supervision.length === 0 ? (
          <p>{t('sessionsNone')}</p>
        ) : (
          <ul className="card-list" aria-labelledby="supervision-sessions">
            {records.supervision.map((session) => {
              const corrected = session.corrects ? records.supervision.find((other) => other.id === (typeof session.corrects === 'object' ? session.corrects?.id : session.corrects)) : undefined
              return (
                <li key={session.id} className="card" data-session={session.id} data-acknowledged={Boolean(session.acknowledged)}>
                  <h3>{t('sessionLine', { date: date(session.date), minutes: session.durationMinutes, format: session.format, mode: session.mode })}</h3>
                  {corrected && <p className="meta">{t('sessionCorrects', { date: date(corrected.date) })}</p>}
                  {session.topics && session.topics.length > 0 && <p>{t('sessionTopics', { topics: session.topics.map(topicName).join(', ') })}</p>}
                  {session.notes && <p className="session-notes">{t('sessionNotes', { notes: session.notes })}</p>}
                  {session.acknowledged ? (
                    <p>
                      <span className="badge completed">{t('sessionLocked', { date: date(session.acknowledgedAt ?? session.updatedAt) })}</span>
                    </p>
                  ) : (
                    <>
                      <p>
                        <span className="badge in-progress">{t('sessionWaiting')}</span>
                      </p>
                      <AcknowledgeButton sessionId={session.id} label={t('acknowledge', { date: date(session.date) })} />
                    </>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </>
  )
}
