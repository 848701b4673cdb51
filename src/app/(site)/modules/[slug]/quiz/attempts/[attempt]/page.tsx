import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import type { GradableQuestion, SubmittedAnswer } from '@/lib/quiz/grade'
import type { LearnerReview } from '@/lib/quiz/review'
import type { AppLocale } from '@/lib/locales'
import type { QuizAttempt } from '@/payload-types'

import { cachedQuizForGrading } from '@/cache/curriculum'
import { mayRetakeAfterPass } from '@/lib/quiz/retake'
import { reviewInLanguage } from '@/lib/quiz/reviewLanguage'
import { findModule, findModuleQuiz, idOf, listAttempts, listCertificates } from '@/app/(site)/_server/learning'
import { requireUser } from '@/app/(site)/_server/session'
import { inCurrentRound, recertificationStartedAt } from '@/lib/certificates/round'
import { attemptLimit } from '@/lib/quiz/attempts'

type Params = { params: Promise<{ slug: string; attempt: string }> }

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('result'))('title') })

export default async function AttemptResultPage({ params }: Params) {
  const { slug, attempt: attemptParam } = await params
  const { payload, user } = await requireUser()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('result')
  const tq = await getTranslations('quiz')
  const module = await findModule(payload, user, locale, slug)
  if (!module || !/^\d+$/.test(attemptParam)) notFound()
  const attempt = (await payload
    .findByID({ collection: 'quiz-attempts', id: Number(attemptParam), overrideAccess: false, user, depth: 0, disableErrors: true })
    .catch(() => null)) as QuizAttempt | null
  const quiz = await findModuleQuiz(payload, user, locale, module.id)
  if (!attempt || !quiz || idOf(attempt.quiz) !== quiz.id) notFound()

  const [allAttempts, certificates, since] = await Promise.all([
    listAttempts(payload, user, quiz.id),
    listCertificates(payload, user, locale),
    recertificationStartedAt(payload, user.id, module.id),
  ])
  // After a recertification is assigned, only this round's attempts count (see src/lib/certificates/round.ts).
  const attempts = inCurrentRound(allAttempts, since)
  // A manager may have granted extra attempts (attempt-grants).
  const attemptsLeft = Math.max(0, (await attemptLimit(payload, user.id, quiz)) - attempts.length)
  // A passed quiz is not taken again unless its trainer allows it (and then only while attempts remain).
  const canTakeAgain = attemptsLeft > 0 && (!attempts.some((a) => a.passed) || mayRetakeAfterPass(quiz))
  const certificate = certificates.find((c) => idOf(c.module) === module.id)
  const answers = (attempt.answers ?? []) as SubmittedAnswer[]
  // Explanations in the reader's language: an attempt stores those of the language it was taken in.
  const stored = attempt.review as unknown as LearnerReview
  const review =
    attempt.locale && attempt.locale !== locale
      ? reviewInLanguage(stored, answers, ((await cachedQuizForGrading(payload, quiz.id, locale))?.questions ?? []) as GradableQuestion[])
      : stored
  const questionsById = new Map((quiz.questions ?? []).map((question) => [question.id, question]))
  const typedAnswers = new Map(answers.filter((a) => a.text?.trim()).map((a) => [a.questionId, a.text!]))

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="meta">
        {quiz.title} · {t('attempt', { number: attempt.attemptNumber })}
      </p>
      <section className="card" aria-live="polite">
        <p className="score">{t('score', { score: review.score })}</p>
        <p className={review.passed ? 'result-correct' : 'result-incorrect'}>{review.passed ? t('passed') : t('failed')}</p>
        {!review.passed && <p className="meta">{tq('attemptsLeft', { count: attemptsLeft })}</p>}
      </section>
      {!review.passed && attemptsLeft === 0 && <p className="alert info">{tq('noAttempts')}</p>}

      {review.passed && certificate && (
        <p className="alert success">
          {t('certificate')}{' '}
          <a href={`/certificates/${certificate.id}/pdf`} download>
            {t('viewCertificate')}
          </a>
        </p>
      )}

      {review.questions?.map((result, index) => {
        const question = questionsById.get(result.questionId)
        if (!question) return null
        const choiceText = (ids: string[] | undefined) =>
          (ids ?? []).map((id) => question.choices?.find((choice) => choice.id === id)?.text).filter(Boolean).join('; ')
        const answered = result.selectedChoiceIds.length > 0 || typedAnswers.has(result.questionId)
        const verdict = !answered ? 'unanswered' : result.correct ? 'correct' : result.earned > 0 ? 'partial' : 'incorrect'
        return (
          <section key={result.questionId} className="question card" aria-labelledby={`q-${result.questionId}`}>
            <h2 id={`q-${result.questionId}`} className="question-prompt">
              {tq('question', { number: index + 1, total: review.questions!.length })}: {question.prompt}
            </h2>
            <p className={`result-${verdict}`}>{t(verdict)}</p>
            {result.selectedChoiceIds.length > 0 && (
              <p>
                {t('yourAnswer')}: {choiceText(result.selectedChoiceIds)}
              </p>
            )}
            {typedAnswers.has(result.questionId) && (
              <p>
                {t('yourAnswer')}: {typedAnswers.get(result.questionId)}
              </p>
            )}
            {result.correctChoiceIds && result.correctChoiceIds.length > 0 && (
              <p>
                {t('correctAnswer')}: {choiceText(result.correctChoiceIds)}
              </p>
            )}
            {result.acceptedAnswers && result.acceptedAnswers.length > 0 && (
              <p>
                {t('correctAnswer')}: {result.acceptedAnswers.join(' / ')}
              </p>
            )}
            {result.feedback.length > 0 && (
              <ul className="feedback">
                {result.feedback.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </section>
        )
      })}

      <div className="actions">
        {!review.passed && canTakeAgain && (
          <Link className="button" href={`/modules/${module.slug}/quiz`}>
            {t('retry')}
          </Link>
        )}
        <Link className="button secondary" href={`/modules/${module.slug}`}>
          {t('backToModule')}
        </Link>
      </div>
    </>
  )
}
