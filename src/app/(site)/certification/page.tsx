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

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('certification'))('title') })

/** Hours to the hundredth, always the same way: 19.5, 2, 0.25. */
const hours = (value: number) => String(Math.round(value * 100) / 100)

export default async function MyCertificationPage() {
  const { payload, user } = await requireUser()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('certification')
  const format = await getFormatter()
  const date = (value: string) => format.dateTime(new Date(value), { dateStyle: 'long', timeZone: 'UTC' })
  const [chosen, modules] = await Promise.all([loadLearnerCertification(payload, user, locale), listModules(payload, user, locale)])
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
      {chosen.map(({ held, credential, progress, renewal, undecided }) => {
        const id = `credential-${credential.id}`
        const names = new Map([...(credential.domains ?? []), ...(credential.renewal?.categories ?? [])].map((row) => [row.key, row.name]))
        const { experience, supervision } = progress
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
            {undecided.length > 0 && (
              <>
                <h3>{t('notCounted')}</h3>
                <ul>
                  {undecided.map((training, index) => (
                    <li key={index}>
                      {t(training.status === 'rejected' ? 'rejected' : 'pending', { title: training.title, hours: hours(training.hours) })}
                      {training.reason ? ` ${t('reason', { reason: training.reason })}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}

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
          </section>
        )
      })}
    </>
  )
}
