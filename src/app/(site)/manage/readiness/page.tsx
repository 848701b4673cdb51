import type { Metadata } from 'next'

import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/lib/locales'
import type { ReadinessAssessment } from '@/payload-types'

import { READINESS_AREAS, READINESS_SCALE } from '@/lib/readiness/questionnaire'
import { compareWithPrevious, recommendationsFor, scoreReadiness } from '@/lib/readiness/score'
import { requireManager } from '@/app/(site)/_server/session'
import { ReadinessForm } from './ReadinessForm'
import { DataTable } from '@/app/(site)/manage/DataTable'

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations('manage'))('readiness.title') })

type Scored = ReturnType<typeof scoreReadiness>
/** Scores are recomputed from the stored answers, so a change to the scoring shows in old results too. */
const resultOf = (assessment: ReadinessAssessment): Scored => scoreReadiness(assessment.answers as never)

export default async function ReadinessPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { payload, user } = await requireManager()
  const locale = (await getLocale()) as AppLocale
  const t = await getTranslations('manage')
  const format = await getFormatter()
  const saved = (await searchParams).saved === '1'
  const history = await payload.find({ collection: 'readiness-assessments', overrideAccess: false, user, sort: '-createdAt', limit: 24, depth: 1 })
  const [latest, previous] = history.docs
  const result = latest ? resultOf(latest) : null
  const deltas = result ? compareWithPrevious(result, previous ? resultOf(previous) : undefined) : null
  const recommendations = result ? recommendationsFor(result) : []
  const slugs = recommendations.flatMap((area) => area.lessons.map((lesson) => lesson.lesson))
  const lessons = slugs.length
    ? await payload.find({ collection: 'lessons', overrideAccess: false, user, locale, fallbackLocale: 'en', where: { slug: { in: slugs } }, limit: 50, depth: 0, select: { title: true, slug: true } })
    : { docs: [] }
  const lessonTitle = new Map(lessons.docs.map((lesson) => [lesson.slug, lesson.title]))
  const areaById = new Map(READINESS_AREAS.map((area) => [area.id, area]))
  const deltaOf = (id: string) => {
    const found = (deltas as { id: string; delta: number | null }[] | null)?.find((entry) => entry.id === id)
    return found?.delta ?? null
  }

  return (
    <>
      <h1>{t('readiness.title')}</h1>
      <p>{t('readiness.intro')}</p>
      {saved && <p className="alert success" role="status">{t('readiness.saved')}</p>}

      {result && latest && (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('readiness.latest')}</h2>
          <p className="score">{t('readiness.overall', { score: result.overall })}</p>
          <DataTable labelledBy="latest-heading" columns={[t('readiness.area'), t('readiness.score'), t('readiness.change')]}>
            {result.areas.map((area) => {
              const delta = deltaOf(area.id)
              return (
                <tr key={area.id}>
                  <th scope="row">{areaById.get(area.id)?.title[locale]}</th>
                  <td>{format.number(area.score / 100, { style: 'percent' })} · <span className={`badge level-${area.level}`}>{t(`readiness.level.${area.level}`)}</span></td>
                  <td>{delta === null ? '—' : `${delta > 0 ? '+' : ''}${delta}`}</td>
                </tr>
              )
            })}
          </DataTable>

          <h2>{t('readiness.recommendations')}</h2>
          {recommendations.length === 0 ? (
            <p>{t('readiness.recommendationsNone')}</p>
          ) : (
            <ul className="card-list">
              {recommendations.map((area) => (
                <li key={area.id} className="card">
                  <h3>{t('readiness.lessonsFor', { area: areaById.get(area.id)?.title[locale] ?? area.id })}</h3>
                  <ul>
                    {area.lessons.map((lesson) => (
                      <li key={lesson.lesson}>
                        <Link href={`/modules/${lesson.module}/lessons/${lesson.lesson}`}>{lessonTitle.get(lesson.lesson) ?? lesson.lesson}</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('readiness.history')}</h2>
        {history.docs.length === 0 ? (
          <p>{t('readiness.noHistory')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('readiness.date')}</th>
                <th scope="col">{t('readiness.score')}</th>
                <th scope="col">{t('readiness.by')}</th>
              </tr>
            </thead>
            <tbody>
              {history.docs.map((assessment) => (
                <tr key={assessment.id}>
                  <td>{format.dateTime(new Date(assessment.createdAt), { dateStyle: 'medium' })}</td>
                  <td>{format.number(resultOf(assessment).overall / 100, { style: 'percent' })}</td>
                  <td>{typeof assessment.completedBy === 'object' && assessment.completedBy ? assessment.completedBy.name : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="take-heading">
        <h2 id="take-heading">{latest ? t('readiness.retake') : t('readiness.take')}</h2>
        <ReadinessForm
          areas={READINESS_AREAS.map((area) => ({
            id: area.id,
            title: area.title[locale],
            description: area.description[locale],
            statements: area.statements.map((statement) => ({ id: statement.id, text: statement.text[locale] })),
          }))}
          scale={READINESS_SCALE.map((level) => ({ value: level.value, label: level.label[locale] }))}
        />
      </section>
    </>
  )
}
