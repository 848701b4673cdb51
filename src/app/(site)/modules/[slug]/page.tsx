import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import type { Competency } from '@/payload-types'
import type { AppLocale } from '@/lib/locales'

import {
  findModule,
  findModuleQuiz,
  lessonStatuses,
  listAttempts,
  listCertificates,
  listLessons,
  listProgress,
  spanishGaps,
} from '@/app/(site)/_server/learning'
import { previewing } from '@/app/(site)/_server/preview'
import { getSession, requireUser } from '@/app/(site)/_server/session'
import { isExpired } from '@/lib/certificates/lookup'
import { inCurrentRound, recertificationStartedAt } from '@/lib/certificates/round'
import { EnglishFallbackNotice, langIfFallback } from '@/app/(site)/EnglishFallbackNotice'
import { mayRetakeAfterPass } from '@/lib/quiz/retake'
import { ProgressBar } from '@/app/(site)/ProgressBar'

type Params = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const { payload, user } = await getSession()
  const module = user ? await findModule(payload, user, (await getLocale()) as AppLocale, (await params).slug, await previewing(user)) : undefined
  return { title: module?.title ?? 'PeerPath' }
}

export default async function ModulePage({ params }: Params) {
  const { slug } = await params
  const { payload, user } = await requireUser()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('module')
  // A trainer previewing drafts (see /preview) reads the latest drafts, live; everyone else the published pages.
  const preview = await previewing(user)
  const module = await findModule(payload, user, locale, slug, preview)
  if (!module) notFound()

  const [lessons, progress, quiz, certificates, english] = await Promise.all([
    listLessons(payload, user, locale, [module.id], preview),
    listProgress(payload, user, module.id),
    findModuleQuiz(payload, user, locale, module.id, preview),
    listCertificates(payload, user, locale),
    spanishGaps(payload, user, locale, 'modules', module.id, preview),
  ])
  const statuses = lessonStatuses(progress)
  const done = lessons.filter((lesson) => statuses.get(lesson.id) === 'completed').length
  // After a recertification is assigned, only this round's attempts count (see src/lib/certificates/round.ts).
  const attempts = quiz ? inCurrentRound(await listAttempts(payload, user, quiz.id), await recertificationStartedAt(payload, user.id, module.id)) : []
  const best = attempts.find((attempt) => attempt.passed)
  // An expired certificate is not shown as earned: the module is assigned again to recertify.
  const certificate = certificates.find((c) => (typeof c.module === 'object' ? c.module.id : c.module) === module.id && !isExpired(c))
  const competencies = (module.competencies ?? []).filter((c): c is Competency => typeof c === 'object')

  return (
    <>
      <h1 {...langIfFallback(english, 'title')}>{module.title}</h1>
      <EnglishFallbackNotice parts={english} />
      {module.summary && <p {...langIfFallback(english, 'summary')}>{module.summary}</p>}
      <ProgressBar done={done} total={lessons.length} label={`${done} / ${lessons.length}`} />
      {module.estimatedMinutes ? <p className="meta">{t('estimated', { minutes: module.estimatedMinutes })}</p> : null}
      {certificate && (
        <p className="alert success">
          {t('certificateEarned')} <a href={`/certificates/${certificate.id}/pdf`}>PDF</a>
        </p>
      )}

      <h2>{t('lessons')}</h2>
      <ol className="lesson-list">
        {lessons.map((lesson) => {
          const status = statuses.get(lesson.id) ?? 'not-started'
          return (
            <li key={lesson.id}>
              <Link href={`/modules/${module.slug}/lessons/${lesson.slug}`}>{lesson.title}</Link>
              <span className="meta">
                <span className={`badge ${status}`}>{t(`status.${status}`)}</span>
                {lesson.estimatedMinutes ? ` · ${lesson.estimatedMinutes} min` : ''}
              </span>
            </li>
          )
        })}
      </ol>

      {quiz && (
        <section aria-labelledby="quiz-heading" className="card">
          <h2 id="quiz-heading">{t('quiz')}</h2>
          {best ? <p>{t('quizPassed', { score: best.score })}</p> : null}
          {best && !mayRetakeAfterPass(quiz) ? (
            <p>
              <Link href={`/modules/${module.slug}/quiz/attempts/${best.id}`}>{t('seeResult')}</Link>
            </p>
          ) : done < lessons.length && !best ? (
            <p>{t('quizLocked')}</p>
          ) : (
            <p>
              <Link className="button" href={`/modules/${module.slug}/quiz`}>
                {t('takeQuiz')}
              </Link>
            </p>
          )}
        </section>
      )}

      {competencies.length > 0 && (
        <section aria-labelledby="competencies-heading">
          <h2 id="competencies-heading">{t('competencies')}</h2>
          <ul>
            {competencies.map((competency) => (
              <li key={competency.id}>{competency.title}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
