import { describe, expect, it } from 'vitest'

import type { Lesson } from '@/payload-types'

import { spanishGaps } from '@/app/(site)/_server/learning'
import { untranslatedPublishedContent } from '@/lib/language/scanPublished'
import { fallbackParts, missingSpanish } from '@/lib/language/translationStatus'
import { createCourse, createUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/** A Lexical state with one paragraph of text. */
const paragraph = (text: string): Lesson['body'] => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
})

const read = async (collection: 'modules' | 'lessons' | 'quizzes', id: number, locale: 'en' | 'es') =>
  (await testPayload()).findByID({ collection, id, locale, fallbackLocale: false, depth: 0, draft: true }) as unknown as Promise<Record<string, unknown>>

describe('translation status: what a module, lesson or quiz lacks in Spanish', () => {
  it('names each English text with no Spanish version, question by question, and nothing once translated', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    await payload.update({ collection: 'lessons', id: course.lesson.id, locale: 'en', data: { summary: 'What this lesson covers.', body: paragraph('Recovery is personal.') } })
    await payload.update({ collection: 'lessons', id: course.lesson.id, locale: 'es', data: { title: 'Lección de prueba' } })

    const lesson = missingSpanish('lessons', await read('lessons', course.lesson.id, 'en'), await read('lessons', course.lesson.id, 'es'))
    expect(lesson.map((entry) => entry.path)).toEqual(['summary', 'body'])
    expect(fallbackParts(lesson)).toEqual(['summary', 'body'])

    // The quiz: only the first question's text and its first choice are in Spanish (a draft: a half-translated
    // save is a draft, and Payload checks required texts only on publish).
    const quiz = course.quiz
    const [first, second] = quiz.questions
    await payload.update({
      collection: 'quizzes',
      id: quiz.id,
      locale: 'es',
      draft: true,
      data: {
        questions: [
          { id: first.id, type: first.type, prompt: '¿Qué respuesta es correcta?', choices: first.choices!.map((choice, at) => ({ id: choice.id, isCorrect: choice.isCorrect, ...(at === 0 ? { text: 'Opción correcta' } : {}) })) },
          { id: second.id, type: second.type },
        ],
      } as never,
    })
    const quizGaps = missingSpanish('quizzes', await read('quizzes', quiz.id, 'en'), await read('quizzes', quiz.id, 'es'))
    expect(quizGaps.map((entry) => entry.path)).toEqual([
      'title',
      'questions.0.choices.0.feedback',
      'questions.0.choices.1.text',
      'questions.0.choices.1.feedback',
      'questions.1.prompt',
      'questions.1.acceptedAnswers',
      'questions.1.correctFeedback',
      'questions.1.incorrectFeedback',
    ])
    expect(quizGaps.find((entry) => entry.path === 'questions.0.choices.1.text')?.label).toBe('Question 1, choice 2: text')

    // The admin compares the form's flattened rows (`questions.0.prompt` unflattened to an object keyed by row) the same way.
    const formShaped = { title: 'Prueba', questions: { 0: { prompt: '¿Qué?', choices: { 0: { text: 'Sí' } } } } }
    expect(missingSpanish('quizzes', { title: 'Quiz', questions: [{ prompt: 'What?', choices: [{ text: 'Yes' }] }] }, formShaped)).toEqual([])

    await payload.update({ collection: 'lessons', id: course.lesson.id, locale: 'es', data: { summary: 'De qué trata.', body: paragraph('La recuperación es personal.') } })
    expect(missingSpanish('lessons', await read('lessons', course.lesson.id, 'en'), await read('lessons', course.lesson.id, 'es'))).toEqual([])
  })

  it('tells a learner under the Spanish interface which parts are in English, and lint:language lists them', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    const learner = await createUser(payload, 'learner')
    await payload.update({ collection: 'modules', id: course.module.id, locale: 'en', data: { summary: 'A module summary.' } })
    await payload.update({ collection: 'modules', id: course.module.id, locale: 'es', data: { title: 'Módulo de prueba' } })

    expect(await spanishGaps(payload, learner.user, 'es', 'modules', course.module.id)).toEqual(['summary'])
    expect(await spanishGaps(payload, learner.user, 'es', 'quizzes', course.quiz.id)).toEqual(['title', 'questions'])
    // Under the English interface nothing falls back, so there is nothing to say.
    expect(await spanishGaps(payload, learner.user, 'en', 'modules', course.module.id)).toEqual([])

    const listed = await untranslatedPublishedContent(payload)
    const module = listed.find((doc) => doc.collection === 'modules' && doc.slug === course.module.slug)
    expect(module).toEqual(expect.objectContaining({ shipped: false, missing: [expect.objectContaining({ path: 'summary' })] }))
    expect(listed.find((doc) => doc.collection === 'lessons' && doc.slug === course.lesson.slug)?.missing.map((entry) => entry.path)).toEqual(['title'])
  })
})
