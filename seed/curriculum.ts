import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { CompetencyContent, CurriculumModule, LessonContent, QuestionContent, QuizContent } from './content/types'

import { type SavedDoc, upsertBilingual } from '@/lib/content/upsert'
import { toLexical } from './lexical'

type Ids = Map<string, number>

export const fingerprint = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex')

/**
 * A shipped document, published in both languages. Its fingerprint makes a
 * re-seed skip it when the shipped content has not changed, so re-running
 * writes nothing and never touches documents trainers created.
 */
const upsertShipped = (
  payload: Payload,
  collection: 'modules' | 'lessons' | 'quizzes',
  slug: string,
  hash: string,
  english: Record<string, unknown>,
  spanish: (created: SavedDoc) => Record<string, unknown>,
): Promise<number> =>
  upsertBilingual(payload, { collection, key: { field: 'slug', value: slug }, english, spanish, fingerprint: hash })

export const seedCompetencies = async (payload: Payload, competencies: CompetencyContent[]): Promise<Ids> => {
  const ids: Ids = new Map()
  for (const competency of competencies) {
    const found = await payload.find({
      collection: 'competencies',
      where: { code: { equals: competency.code } },
      limit: 1,
      depth: 0,
      locale: 'all',
    })
    const current = found.docs[0] as unknown as
      | { id: number; order: number; title: Record<string, string>; description: Record<string, string> }
      | undefined
    const unchanged =
      current &&
      current.order === competency.order &&
      (['en', 'es'] as const).every(
        (locale) =>
          current.title?.[locale] === competency[locale].title &&
          current.description?.[locale] === competency[locale].description,
      )
    if (current && unchanged) {
      ids.set(competency.code, current.id)
      continue
    }
    const saved = current
      ? await payload.update({ collection: 'competencies', id: current.id, locale: 'en', data: { order: competency.order, ...competency.en } })
      : await payload.create({ collection: 'competencies', locale: 'en', data: { code: competency.code, order: competency.order, ...competency.en } })
    await payload.update({ collection: 'competencies', id: saved.id, locale: 'es', data: competency.es })
    ids.set(competency.code, saved.id)
  }
  return ids
}

const competencyIds = (codes: string[], ids: Ids) =>
  codes.map((code) => {
    const id = ids.get(code)
    if (id === undefined) throw new Error(`Unknown competency code ${code}`)
    return id
  })

const lessonData = (lesson: LessonContent, locale: 'en' | 'es') => ({
  title: lesson[locale].title,
  summary: lesson[locale].summary,
  body: toLexical(lesson[locale].body, `${lesson.slug}:${locale}`),
})

const lessonId = (slug: string, lessonIds: Ids) => {
  const id = lessonIds.get(slug)
  if (id === undefined) throw new Error(`A quiz question names lesson "${slug}", which its module does not have`)
  return id
}

const questionEnglish = (question: QuestionContent, ids: Ids, lessonIds: Ids) => {
  const base = {
    type: question.type,
    points: question.points ?? 1,
    competencies: competencyIds(question.competencies, ids),
    lesson: lessonId(question.lesson, lessonIds),
    scenario: question.scenario ?? false,
  }
  if (question.type === 'short-answer') {
    return {
      ...base,
      prompt: question.en.prompt,
      acceptedAnswers: question.en.acceptedAnswers.map((answer) => ({ answer })),
      correctFeedback: question.en.correctFeedback,
      incorrectFeedback: question.en.incorrectFeedback,
    }
  }
  return {
    ...base,
    scoring: question.scoring ?? 'all-or-nothing',
    prompt: question.en.prompt,
    choices: question.choices.map((choice) => ({ isCorrect: choice.isCorrect, ...choice.en })),
  }
}

interface SavedQuestion {
  id: string
  choices?: { id: string }[] | null
}

/** Spanish text for the rows created in English; the row ids tie the two locales together. */
const questionSpanish = (question: QuestionContent, saved: SavedQuestion, ids: Ids, lessonIds: Ids) => {
  const english = questionEnglish(question, ids, lessonIds)
  if (question.type === 'short-answer') {
    return {
      ...english,
      id: saved.id,
      prompt: question.es.prompt,
      acceptedAnswers: question.es.acceptedAnswers.map((answer) => ({ answer })),
      correctFeedback: question.es.correctFeedback,
      incorrectFeedback: question.es.incorrectFeedback,
    }
  }
  return {
    ...english,
    id: saved.id,
    prompt: question.es.prompt,
    choices: question.choices.map((choice, index) => ({
      id: saved.choices?.[index]?.id,
      isCorrect: choice.isCorrect,
      ...choice.es,
    })),
  }
}

const seedQuiz = async (payload: Payload, quiz: QuizContent, moduleId: number, ids: Ids, lessonIds: Ids) => {
  const english = {
    title: quiz.en.title,
    instructions: quiz.en.instructions,
    module: moduleId,
    passingScore: quiz.passingScore,
    maxAttempts: quiz.maxAttempts,
    questionsPerAttempt: quiz.questionsPerAttempt ?? null,
    questions: quiz.questions.map((question) => questionEnglish(question, ids, lessonIds)),
  }
  // The lesson ids are part of the fingerprint: a question must follow its lesson if that is ever recreated.
  const hash = fingerprint({ quiz, moduleId, lessons: [...lessonIds.entries()] })
  return upsertShipped(payload, 'quizzes', quiz.slug, hash, english, (created) => ({
    title: quiz.es.title,
    instructions: quiz.es.instructions,
    questions: quiz.questions.map((question, index) =>
      questionSpanish(question, (created.questions as SavedQuestion[])[index], ids, lessonIds),
    ),
  }))
}

export const seedModule = async (payload: Payload, module: CurriculumModule, ids: Ids) => {
  const { lessons, quiz, ...moduleOnly } = module
  const moduleId = await upsertShipped(
    payload,
    'modules',
    module.slug,
    fingerprint(moduleOnly),
    {
      ...module.en,
      order: module.order,
      area: module.area,
      estimatedMinutes: module.estimatedMinutes,
      competencies: competencyIds(module.competencies, ids),
    },
    () => module.es,
  )
  const lessonIds: Ids = new Map()
  for (const lesson of lessons) {
    const lessonId = await upsertShipped(
      payload,
      'lessons',
      lesson.slug,
      fingerprint({ lesson, moduleId }),
      {
        ...lessonData(lesson, 'en'),
        module: moduleId,
        order: lesson.order,
        estimatedMinutes: lesson.estimatedMinutes,
        competencies: competencyIds(lesson.competencies, ids),
        sources: lesson.sources.map(({ title, publisher, url }) => ({ title, publisher, url: url ?? null })),
      },
      () => lessonData(lesson, 'es'),
    )
    lessonIds.set(lesson.slug, lessonId)
  }
  await seedQuiz(payload, quiz, moduleId, ids, lessonIds)
  return moduleId
}
