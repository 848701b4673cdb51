import type { Metadata } from 'next'

import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { listModules } from '@/app/(site)/_server/learning'
import { requireUser } from '@/app/(site)/_server/session'
import { CertificationProgress, formatHours } from '@/app/(site)/CertificationProgress'
import { loadLearnerCertification } from '@/lib/certification/learnerCertification'
import { chooseCredential } from './actions'
import { AcknowledgeButton, ExperienceForm, ExternalTrainingForm } from './CertificationForms'
import { CERTIFICATE_MAX_BYTES, learnerRecordLists } from './records'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('certification'))('title') })

const hours = formatHours

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
      {chosen.map((entry) => {
        const { held, credential } = entry
        const id = `credential-${credential.id}`
        const names = new Map([...(credential.domains ?? []), ...(credential.renewal?.categories ?? [])].map((row) => [row.key, row.name]))
        const externals = records.externalTrainings.filter((training) => (typeof training.credential === 'object' ? training.credential.id : training.credential) === credential.id)
        return (
          <CertificationProgress
            key={held.id}
            entry={entry}
            moduleTitle={moduleTitle}
            audience="learner"
            afterTraining={
              <>
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
              </>
            }
            footer={
              <p className="actions">
                <a className="button" href={`/certification/packet?credential=${credential.id}`} download>
                  {t('packet')}
                </a>
              </p>
            }
          />
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
