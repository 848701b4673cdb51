import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Bundle, BundleLesson, BundleQuestion, BundleQuiz } from './bundle'

type Collection = 'competencies' | 'modules' | 'lessons' | 'quizzes'
type Saved = Record<string, unknown> & { id: number }

export interface ImportSummary {
  competencies: number
  modules: number
  lessons: number
  quizzes: number
}

const dropEmpty = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== null))

/**
 * Writes one document in English, then its Spanish text onto the same rows.
 * Matching is by `key` (slug, or code for competencies): an import updates in place.
 */
const upsert = async (
  payload: Payload,
  req: PayloadRequest,
  collection: Collection,
  key: { field: 'slug' | 'code'; value: string },
  english: Record<string, unknown>,
  spanish: (saved: Saved) => Record<string, unknown> | null,
): Promise<number> => {
  const drafts = collection === 'competencies' ? {} : { draft: true }
  const found = await payload.find({ collection, where: { [key.field]: { equals: key.value } }, limit: 1, depth: 0, req, overrideAccess: true, ...drafts })
  const status = collection === 'competencies' ? {} : { _status: 'published' }
  const data = { ...english, [key.field]: key.value, ...status }
  const write = { collection, locale: 'en', depth: 0, req, overrideAccess: true } as const
  const saved = (found.docs[0]
    ? await payload.update({ ...write, id: found.docs[0].id, data } as Parameters<Payload['update']>[0])
    : await payload.create({ ...write, data } as Parameters<Payload['create']>[0])) as unknown as Saved
  const es = spanish(saved)
  if (es) {
    await payload.update({ ...write, locale: 'es', id: saved.id, data: { ...es, ...status } } as Parameters<Payload['update']>[0])
  }
  return saved.id
}

const questionData = (question: BundleQuestion, ids: Map<string, number>, locale: 'en' | 'es') => ({
  type: question.type,
  points: question.points ?? 1,
  scoring: question.scoring ?? undefined,
  competencies: question.competencies.map((code) => ids.get(code)),
  prompt: question.prompt[locale] ?? question.prompt.en,
  choices: question.choices.map((choice) => ({
    isCorrect: choice.isCorrect,
    text: choice.text[locale] ?? choice.text.en,
    feedback: choice.feedback?.[locale] ?? undefined,
  })),
  acceptedAnswers: question.acceptedAnswers[locale].map((answer) => ({ answer })),
  correctFeedback: question.correctFeedback?.[locale] ?? undefined,
  incorrectFeedback: question.incorrectFeedback?.[locale] ?? undefined,
})

const spanishQuestions = (quiz: BundleQuiz, saved: Saved, ids: Map<string, number>) =>
  quiz.questions.map((question, index) => {
    const row = (saved.questions as { id: string; choices?: { id: string }[] }[])[index]
    const data = questionData(question, ids, 'es')
    return { ...data, id: row.id, choices: data.choices.map((choice, c) => ({ ...choice, id: row.choices?.[c]?.id })) }
  })

const lessonText = (lesson: BundleLesson, locale: 'en' | 'es') =>
  dropEmpty({ title: lesson.title[locale], summary: lesson.summary[locale], body: lesson.body[locale] })

/** Loads a validated bundle in one transaction: a failure anywhere leaves the database as it was. */
export const importBundle = async (payload: Payload, bundle: Bundle): Promise<ImportSummary> => {
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  const summary: ImportSummary = { competencies: 0, modules: 0, lessons: 0, quizzes: 0 }
  try {
    const ids = new Map<string, number>()
    for (const competency of bundle.competencies) {
      const id = await upsert(
        payload,
        req,
        'competencies',
        { field: 'code', value: competency.code },
        dropEmpty({ order: competency.order, title: competency.title.en, description: competency.description.en }),
        () => (competency.title.es ? dropEmpty({ title: competency.title.es, description: competency.description.es }) : null),
      )
      ids.set(competency.code, id)
      summary.competencies++
    }
    const codesToIds = (codes: string[]) => codes.map((code) => ids.get(code))
    for (const module of bundle.modules) {
      const moduleId = await upsert(
        payload,
        req,
        'modules',
        { field: 'slug', value: module.slug },
        dropEmpty({
          title: module.title.en,
          summary: module.summary.en,
          order: module.order,
          area: module.area,
          estimatedMinutes: module.estimatedMinutes,
          competencies: codesToIds(module.competencies),
        }),
        () => (module.title.es ? dropEmpty({ title: module.title.es, summary: module.summary.es }) : null),
      )
      summary.modules++
      const lessonIds = new Map<string, number>()
      for (const lesson of module.lessons) {
        const lessonId = await upsert(
          payload,
          req,
          'lessons',
          { field: 'slug', value: lesson.slug },
          {
            ...lessonText(lesson, 'en'),
            module: moduleId,
            order: lesson.order,
            estimatedMinutes: lesson.estimatedMinutes ?? undefined,
            competencies: codesToIds(lesson.competencies),
            sources: lesson.sources.map((source) => dropEmpty(source)),
          },
          () => (lesson.title.es ? lessonText(lesson, 'es') : null),
        )
        lessonIds.set(lesson.slug, lessonId)
        summary.lessons++
      }
      for (const quiz of module.quizzes) {
        await upsert(
          payload,
          req,
          'quizzes',
          { field: 'slug', value: quiz.slug },
          dropEmpty({
            title: quiz.title.en,
            instructions: quiz.instructions.en,
            module: moduleId,
            lesson: quiz.lessonSlug ? lessonIds.get(quiz.lessonSlug) : undefined,
            passingScore: quiz.passingScore,
            maxAttempts: quiz.maxAttempts,
            displayMode: quiz.displayMode,
            review: quiz.review,
            questions: quiz.questions.map((question) => questionData(question, ids, 'en')),
          }),
          (saved) =>
            quiz.title.es
              ? dropEmpty({ title: quiz.title.es, instructions: quiz.instructions.es, questions: spanishQuestions(quiz, saved, ids) })
              : null,
        )
        summary.quizzes++
      }
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return summary
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
