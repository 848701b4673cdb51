import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import type { TranslationPart } from '@/lib/language/translationStatus'
import type { Quiz } from '@/payload-types'

import { EnglishFallbackNotice, langIfFallback } from '@/app/(site)/EnglishFallbackNotice'

/**
 * A trainer's preview of a quiz draft: every question of the bank with its
 * choices, as a learner reads them, without the attempt form (a preview
 * records nothing) and without the lesson and attempt gates a learner meets.
 */
export async function QuizPreview({
  moduleTitle,
  moduleSlug,
  quiz,
  english,
}: {
  moduleTitle: string
  moduleSlug: string
  quiz: Quiz
  english: TranslationPart[]
}) {
  const t = await getTranslations('quiz')
  const tp = await getTranslations('preview')
  return (
    <>
      <p>
        <Link href={`/modules/${moduleSlug}`}>← {moduleTitle}</Link>
      </p>
      <h1 {...langIfFallback(english, 'title')}>{t('title', { title: quiz.title })}</h1>
      <EnglishFallbackNotice parts={english} />
      {quiz.instructions && <p {...langIfFallback(english, 'instructions')}>{quiz.instructions}</p>}
      <p className="meta">{t('passing', { score: quiz.passingScore })}</p>
      <p className="alert info">{tp('noSubmit')}</p>
      <h2>{tp('questions')}</h2>
      <ol>
        {(quiz.questions ?? []).map((question) => (
          <li key={question.id}>
            <p>{question.prompt}</p>
            {question.choices && question.choices.length > 0 && (
              <ul>
                {question.choices.map((choice) => (
                  <li key={choice.id}>{choice.text}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}
