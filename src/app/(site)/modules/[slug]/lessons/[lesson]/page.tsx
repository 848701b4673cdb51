import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'

import {
  findLesson,
  idOf,
  findModule,
  findModuleQuiz,
  lessonStatuses,
  listLessons,
  listProgress,
  spanishGaps,
} from '@/app/(site)/_server/learning'
import { previewing } from '@/app/(site)/_server/preview'
import { getSession, requireUser } from '@/app/(site)/_server/session'
import { citedSources } from '@/lib/curriculum/citationMarkers'
import { lexicalTexts } from '@/lib/language/documentText'
import { EnglishFallbackNotice, langIfFallback } from '@/app/(site)/EnglishFallbackNotice'
import { requiredSeconds } from '@/lib/progress/minimumTime'
import { LessonBody } from './LessonBody'
import { LessonSources } from './LessonSources'
import { LessonTracker } from './LessonTracker'

type Params = { params: Promise<{ slug: string; lesson: string }> }

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const { payload, user } = await getSession()
  if (!user) return {}
  const { slug, lesson } = await params
  const locale = (await getLocale()) as AppLocale
  const preview = await previewing(user)
  const module = await findModule(payload, user, locale, slug, preview)
  const found = module ? await findLesson(payload, user, locale, module.id, lesson, preview) : undefined
  return { title: found?.title }
}

export default async function LessonPage({ params }: Params) {
  const { slug, lesson: lessonSlug } = await params
  const { payload, user } = await requireUser()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('lesson')
  // A trainer previewing drafts (see /preview) reads the latest drafts, live; everyone else the published pages.
  const preview = await previewing(user)
  const module = await findModule(payload, user, locale, slug, preview)
  if (!module) notFound()
  const [lesson, siblings, progress, quiz] = await Promise.all([
    findLesson(payload, user, locale, module.id, lessonSlug, preview),
    listLessons(payload, user, locale, [module.id], preview),
    listProgress(payload, user, module.id),
    findModuleQuiz(payload, user, locale, module.id, preview),
  ])
  if (!lesson) notFound()
  const english = await spanishGaps(payload, user, locale, 'lessons', lesson.id, preview)
  const index = siblings.findIndex((sibling) => sibling.id === lesson.id)
  const previous = index > 0 ? siblings[index - 1] : undefined
  const next = index >= 0 && index < siblings.length - 1 ? siblings[index + 1] : undefined
  const completed = lessonStatuses(progress).get(lesson.id) === 'completed'
  const spent = progress.find((row) => idOf(row.lesson) === lesson.id)?.timeSpentSeconds ?? 0
  const secondsRemaining = Math.max(0, requiredSeconds(lesson) - spent)
  const sources = lesson.sources ?? []

  return (
    <article>
      <p>
        <Link href={`/modules/${module.slug}`}>← {t('back', { module: module.title })}</Link>
      </p>
      <h1 {...langIfFallback(english, 'title')}>{lesson.title}</h1>
      <EnglishFallbackNotice parts={english} />
      {lesson.estimatedMinutes ? <p className="meta">{lesson.estimatedMinutes} min</p> : null}
      {lesson.body && (
        <div {...langIfFallback(english, 'body')}>
          <LessonBody
            data={lesson.body as unknown as SerializedEditorState}
            labels={{ keyTerms: t('keyTerms'), reflection: t('reflection'), info: t('info'), tip: t('tip') }}
            sourceCount={sources.length}
            sourceLabel={(number) => t('sourceNumber', { number })}
          />
        </div>
      )}
      {sources.length > 0 && (
        <LessonSources
          sources={sources}
          cited={citedSources(lexicalTexts(lesson.body, 'body').map(({ text }) => text))}
          labels={{ heading: t('sources'), backToText: t('backToText'), backToTextFor: (number) => t('backToTextFor', { number }) }}
        />
      )}
      <LessonTracker lessonId={lesson.id} initiallyCompleted={completed} secondsRemaining={secondsRemaining} />
      <nav className="pager" aria-label={t('pager')}>
        {previous ? <Link href={`/modules/${module.slug}/lessons/${previous.slug}`}>← {t('previous')}</Link> : <span />}
        {next ? (
          <Link href={`/modules/${module.slug}/lessons/${next.slug}`} data-next-step>
            {t('next')} →
          </Link>
        ) : quiz ? (
          <Link href={`/modules/${module.slug}/quiz`} data-next-step>
            {t('toQuiz')} →
          </Link>
        ) : null}
      </nav>
    </article>
  )
}
