import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import { questionsForAttempt } from '@/lib/quiz/attemptDraw'

import { findModule, findModuleQuiz, listAttempts, spanishGaps } from '@/app/(site)/_server/learning'
import { previewing } from '@/app/(site)/_server/preview'
import { requireUser } from '@/app/(site)/_server/session'
import { EnglishFallbackNotice, langIfFallback } from '@/app/(site)/EnglishFallbackNotice'
import { lessonsLeft } from '@/lib/progress/lessonsLeft'
import { inCurrentRound, recertificationStartedAt } from '@/lib/certificates/round'
import { attemptLimit } from '@/lib/quiz/attempts'
import { mayRetakeAfterPass } from '@/lib/quiz/retake'
import { draftKeyFor } from './draft'
import { QuizPreview } from './QuizPreview'
import { type QuizQuestionView, QuizForm } from './QuizForm'

type Params = { params: Promise<{ slug: string }> }

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('module'))('quiz') })

export default async function QuizPage({ params }: Params) {
  const { slug } = await params
  const { payload, user } = await requireUser()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('quiz')
  const tm = await getTranslations('module')
  // A trainer previewing drafts (see /preview) reads the latest drafts, live; everyone else the published pages.
  const preview = await previewing(user)
  const module = await findModule(payload, user, locale, slug, preview)
  if (!module) notFound()
  // Read as the learner: field access strips answer keys and feedback before anything reaches the page.
  const quiz = await findModuleQuiz(payload, user, locale, module.id, preview)
  if (!quiz) notFound()
  const english = await spanishGaps(payload, user, locale, 'quizzes', quiz.id, preview)
  if (preview) return <QuizPreview moduleTitle={module.title} moduleSlug={module.slug} quiz={quiz} english={english} />
  const [attempts, left, limit, since] = await Promise.all([
    listAttempts(payload, user, quiz.id),
    lessonsLeft(payload, user.id, module.id, locale),
    // A manager may have granted extra attempts (attempt-grants).
    attemptLimit(payload, user.id, quiz),
    recertificationStartedAt(payload, user.id, module.id),
  ])
  // After a recertification is assigned, only this round's attempts count (see src/lib/certificates/round.ts).
  const roundAttempts = inCurrentRound(attempts, since)
  const attemptsLeft = Math.max(0, limit - roundAttempts.length)
  const passed = roundAttempts.find((attempt) => attempt.passed)
  const done = passed && !mayRetakeAfterPass(quiz)

  // The questions drawn for the next attempt (attempts are sorted newest first): the set the submission grades, on every reload.
  const nextAttempt = (attempts[0]?.attemptNumber ?? 0) + 1
  const questions: QuizQuestionView[] = questionsForAttempt(payload.secret, user.id, quiz, nextAttempt).map((question) => ({
    id: question.id!,
    type: question.type,
    prompt: question.prompt,
    choices: (question.choices ?? []).map((choice) => ({ id: choice.id!, text: choice.text })),
  }))

  return (
    <>
      <p>
        <Link href={`/modules/${module.slug}`}>← {module.title}</Link>
      </p>
      <h1 {...langIfFallback(english, 'title')}>{t('title', { title: quiz.title })}</h1>
      <EnglishFallbackNotice parts={english} />
      {quiz.instructions && <p {...langIfFallback(english, 'instructions')}>{quiz.instructions}</p>}
      <p className="meta">
        {t('passing', { score: quiz.passingScore })}
        {done ? '' : ` · ${t('attemptsLeft', { count: attemptsLeft })}`}
      </p>
      {done ? (
        <>
          <p className="alert success">{t('alreadyPassed', { score: passed.score })}</p>
          <p>
            <Link className="button" href={`/modules/${module.slug}/quiz/attempts/${passed.id}`}>
              {tm('seeResult')}
            </Link>
          </p>
        </>
      ) : left.length > 0 ? (
        // The server refuses the quiz until every lesson is complete; the page says which are left.
        <div className="alert info" role="status">
          <p>{t('lessonsLeft')}</p>
          <ul>
            {left.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/modules/${module.slug}/lessons/${lesson.slug}`}>{lesson.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : attemptsLeft === 0 ? (
        <p className="alert info">{t('noAttempts')}</p>
      ) : (
        <QuizForm
          quizId={quiz.id}
          locale={locale}
          startedAt={new Date().toISOString()}
          moduleSlug={module.slug}
          oneAtATime={quiz.displayMode === 'one-at-a-time'}
          questions={questions}
          draftKey={draftKeyFor(user.id, quiz.id, attempts.length + 1)}
        />
      )}
    </>
  )
}
