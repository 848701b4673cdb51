import type { Payload } from 'payload'

import type { Bundle, BundleLesson, BundleQuestion, BundleQuiz } from './bundle'

type L<T = string> = { en?: T | null; es?: T | null } | null | undefined
type Rel = number | { id: number }

const loc = (value: L) => ({ en: value?.en ?? '', es: value?.es ?? null })
const optLoc = (value: L) => ({ en: value?.en ?? null, es: value?.es ?? null })
const idOf = (value: Rel) => (typeof value === 'number' ? value : value.id)

const SORT = {
  competencies: ['order', 'code'],
  modules: ['order', 'slug'],
  lessons: ['order', 'slug'],
  quizzes: ['slug'],
}

const all = async (payload: Payload, collection: 'modules' | 'lessons' | 'quizzes' | 'competencies') =>
  (
    await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      // A stable order, so two exports of the same content are identical files.
      sort: SORT[collection],
      ...(collection === 'competencies' ? {} : { where: { _status: { equals: 'published' } } }),
    })
  ).docs as unknown as Record<string, never>[]

/** The published curriculum, both languages, answer keys included: a trainer-to-trainer format. */
export const exportBundle = async (payload: Payload): Promise<Bundle> => {
  const [competencies, modules, lessons, quizzes] = await Promise.all([
    all(payload, 'competencies'),
    all(payload, 'modules'),
    all(payload, 'lessons'),
    all(payload, 'quizzes'),
  ])
  const codeById = new Map<number, string>(competencies.map((c) => [c.id, c.code]))
  const codes = (list: Rel[] | null | undefined) => (list ?? []).map((value) => codeById.get(idOf(value))!).filter(Boolean)
  const lessonSlugById = new Map<number, string>(lessons.map((l) => [l.id, l.slug]))

  const toLesson = (lesson: Record<string, never>): BundleLesson => ({
    slug: lesson.slug,
    order: lesson.order,
    estimatedMinutes: lesson.estimatedMinutes ?? null,
    competencies: codes(lesson.competencies),
    sources: ((lesson.sources ?? []) as { title: string; publisher?: string | null; url?: string | null }[]).map(({ title, publisher, url }) => ({
      title,
      publisher: publisher ?? null,
      url: url ?? null,
    })),
    title: loc(lesson.title),
    summary: optLoc(lesson.summary),
    body: { en: (lesson.body as L<never>)?.en ?? null, es: (lesson.body as L<never>)?.es ?? null },
  })

  const toQuestion = (question: Record<string, never>): BundleQuestion => ({
    type: question.type,
    points: question.points ?? 1,
    scoring: question.scoring ?? null,
    competencies: codes(question.competencies),
    lessonSlug: question.lesson ? (lessonSlugById.get(idOf(question.lesson)) ?? null) : null,
    scenario: Boolean(question.scenario),
    prompt: loc(question.prompt),
    choices: ((question.choices ?? []) as Record<string, never>[]).map((choice) => ({
      isCorrect: Boolean(choice.isCorrect),
      text: loc(choice.text),
      feedback: optLoc(choice.feedback),
    })),
    acceptedAnswers: {
      en: (((question.acceptedAnswers as L<{ answer: string }[]>)?.en ?? []) as { answer: string }[]).map((a) => a.answer),
      es: (((question.acceptedAnswers as L<{ answer: string }[]>)?.es ?? []) as { answer: string }[]).map((a) => a.answer),
    },
    correctFeedback: optLoc(question.correctFeedback),
    incorrectFeedback: optLoc(question.incorrectFeedback),
  })

  const toQuiz = (quiz: Record<string, never>): BundleQuiz => ({
    slug: quiz.slug,
    lessonSlug: quiz.lesson ? (lessonSlugById.get(idOf(quiz.lesson)) ?? null) : null,
    passingScore: quiz.passingScore,
    maxAttempts: quiz.maxAttempts,
    questionsPerAttempt: quiz.questionsPerAttempt ?? null,
    displayMode: quiz.displayMode ?? null,
    review: quiz.review ?? null,
    title: loc(quiz.title),
    instructions: optLoc(quiz.instructions),
    questions: ((quiz.questions ?? []) as Record<string, never>[]).map(toQuestion),
  })

  return {
    format: 'peerpath-curriculum',
    version: 1,
    exportedAt: new Date().toISOString(),
    competencies: competencies.map((c) => ({ code: c.code, order: c.order, title: loc(c.title), description: optLoc(c.description) })),
    modules: modules.map((module) => ({
      slug: module.slug,
      order: module.order,
      area: module.area,
      estimatedMinutes: module.estimatedMinutes ?? null,
      competencies: codes(module.competencies),
      title: loc(module.title),
      summary: optLoc(module.summary),
      lessons: lessons.filter((l) => idOf(l.module) === module.id).map(toLesson),
      quizzes: quizzes.filter((q) => idOf(q.module) === module.id).map(toQuiz),
    })),
  }
}
