import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'

import type { LearnerCredential } from '@/lib/certification/learnerCertification'
import type { DomainProgress } from '@/lib/credentials/training'

import { ProgressBar } from '@/app/(site)/ProgressBar'

/** Hours to the hundredth, always the same way: 19.5, 2, 0.25. */
export const formatHours = (value: number) => String(Math.round(value * 100) / 100)
const hours = formatHours

/**
 * One credential's progress: per training domain with bars and where each
 * hour came from, what does not count yet, experience, supervision and
 * renewal. Shared by the learner's "My certification" and the manager's view
 * of a learner; `audience` picks the few sentences that address the learner
 * ("your manager") or speak about them.
 */
export async function CertificationProgress({
  entry,
  moduleTitle,
  audience,
  children,
  afterTraining,
  footer,
}: {
  entry: Pick<LearnerCredential, 'held' | 'credential' | 'progress' | 'renewal' | 'undecided'>
  moduleTitle: Map<number, string>
  audience: 'learner' | 'manager'
  /** Shown under the credential's heading (the manager's standing badge, for one). */
  children?: React.ReactNode
  /** In place of the "does not count yet" list: the learner's page lists every outside training with its form there. */
  afterTraining?: React.ReactNode
  /** Last in the section (the learner's packet link). */
  footer?: React.ReactNode
}) {
  const t = await getTranslations('certification')
  const m = await getTranslations('manage.certification')
  const format = await getFormatter()
  const date = (value: string) => format.dateTime(new Date(value), { dateStyle: 'long', timeZone: 'UTC' })
  const { held, credential, progress, renewal, undecided } = entry
  const id = `credential-${credential.id}`
  const names = new Map([...(credential.domains ?? []), ...(credential.renewal?.categories ?? [])].map((row) => [row.key, row.name]))
  const { experience, supervision } = progress
  const forManager = audience === 'manager'

  const domainList = (domains: DomainProgress[], headingId: string) => (
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
                      (forManager ? m : t)('fromExternal', { title: source.title, provider: source.provider ?? '', hours: hours(source.hours), date: date(source.date) })
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

  return (
    <section aria-labelledby={id} className="certification" data-credential={credential.slug}>
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
      {children}

      {progress.training.domains.length > 0 && (
        <>
          <h3 id={`${id}-training`}>{t('training', { counted: hours(progress.training.counted), required: hours(progress.training.required) })}</h3>
          {domainList(progress.training.domains, `${id}-training`)}
        </>
      )}
      {afterTraining ?? (undecided.length > 0 && (
        <>
          <h3>{t('notCounted')}</h3>
          <ul>
            {undecided.map((training, index) => (
              <li key={index}>
                {training.status === 'rejected' ? t('rejected', { title: training.title, hours: hours(training.hours) }) : (forManager ? m : t)('pending', { title: training.title, hours: hours(training.hours) })}
                {training.reason ? ` ${t('reason', { reason: training.reason })}` : ''}
              </li>
            ))}
          </ul>
        </>
      ))}

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
          {supervision.awaitingAcknowledgement > 0 && <p>{(forManager ? m : t)('toAcknowledge', { count: supervision.awaitingAcknowledgement })}</p>}
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
          {domainList(renewal.categories.filter((category) => category.required > 0 || category.earned > 0), `${id}-renewal`)}
        </>
      )}
      {footer}
    </section>
  )
}
