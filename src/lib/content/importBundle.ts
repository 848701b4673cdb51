import { createLocalReq, type Payload } from 'payload'

import type { Bundle, BundleLesson, BundleQuestion, BundleQuiz } from './bundle'

import { type SavedDoc, upsertBilingual } from './upsert'

export interface ImportSummary {
  competencies: number
  modules: number
  lessons: number
  quizzes: number
}

const dropEmpty = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== null))

const questionData = (question: BundleQuestion, ids: Map<string, number>, lessonIds: Map<string, number>, locale: 'en' | 'es') => ({
  type: question.type,
  points: question.points ?? 1,
  scoring: question.scoring ?? undefined,
  competencies: question.competencies.map((code) => ids.get(code)),
  lesson: question.lessonSlug ? (lessonIds.get(question.lessonSlug) ?? null) : null,
  scenario: question.scenario ?? false,
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

const spanishQuestions = (quiz: BundleQuiz, saved: SavedDoc, ids: Map<string, number>, lessonIds: Map<string, number>) =>
  quiz.questions.map((question, index) => {
    const row = (saved.questions as { id: string; choices?: { id: string }[] }[])[index]
    const data = questionData(question, ids, lessonIds, 'es')
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
      const id = await upsertBilingual(payload, {
        collection: 'competencies',
        key: { field: 'code', value: competency.code },
        english: dropEmpty({ order: competency.order, title: competency.title.en, description: competency.description.en }),
        spanish: () =>
          competency.title.es ? dropEmpty({ title: competency.title.es, description: competency.description.es }) : null,
        req,
      })
      ids.set(competency.code, id)
      summary.competencies++
    }
    const codesToIds = (codes: string[]) => codes.map((code) => ids.get(code))
    for (const module of bundle.modules) {
      const moduleId = await upsertBilingual(payload, {
        collection: 'modules',
        key: { field: 'slug', value: module.slug },
        english: dropEmpty({
          title: module.title.en,
          summary: module.summary.en,
          order: module.order,
          area: module.area,
          estimatedMinutes: module.estimatedMinutes,
          competencies: codesToIds(module.competencies),
        }),
        spanish: () => (module.title.es ? dropEmpty({ title: module.title.es, summary: module.summary.es }) : null),
        req,
      })
      summary.modules++
      const lessonIds = new Map<string, number>()
      for (const lesson of module.lessons) {
        const lessonId = await upsertBilingual(payload, {
          collection: 'lessons',
          key: { field: 'slug', value: lesson.slug },
          english: {
            ...lessonText(lesson, 'en'),
            module: moduleId,
            order: lesson.order,
            estimatedMinutes: lesson.estimatedMinutes ?? undefined,
            competencies: codesToIds(lesson.competencies),
            sources: lesson.sources.map((source) => dropEmpty(source)),
          },
          spanish: () => (lesson.title.es ? lessonText(lesson, 'es') : null),
          req,
        })
        lessonIds.set(lesson.slug, lessonId)
        summary.lessons++
      }
      for (const quiz of module.quizzes) {
        await upsertBilingual(payload, {
          collection: 'quizzes',
          key: { field: 'slug', value: quiz.slug },
          english: dropEmpty({
            title: quiz.title.en,
            instructions: quiz.instructions.en,
            module: moduleId,
            lesson: quiz.lessonSlug ? lessonIds.get(quiz.lessonSlug) : undefined,
            passingScore: quiz.passingScore,
            maxAttempts: quiz.maxAttempts,
            questionsPerAttempt: quiz.questionsPerAttempt,
            displayMode: quiz.displayMode,
            review: quiz.review,
            questions: quiz.questions.map((question) => questionData(question, ids, lessonIds, 'en')),
          }),
          spanish: (saved) =>
            quiz.title.es
              ? dropEmpty({ title: quiz.title.es, instructions: quiz.instructions.es, questions: spanishQuestions(quiz, saved, ids, lessonIds) })
              : null,
          req,
        })
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
