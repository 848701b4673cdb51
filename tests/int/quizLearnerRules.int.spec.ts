import { describe, expect, it } from 'vitest'

import type { LearnerReview } from '@/lib/quiz/review'
import type { GradableQuestion } from '@/lib/quiz/grade'

import { quizForGrading } from '@/lib/curriculum/grading'
import { reviewInLanguage } from '@/lib/quiz/reviewLanguage'
import { api } from '../helpers/api'
import { createCourse, createUser, rightAnswers, studyLesson } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const submit = (token: string, quizId: number, answers: unknown, locale = 'en') =>
  api('POST', '/quiz-attempts/submit', { token, body: { quizId, locale, answers } })

describe('retaking a passed quiz', () => {
  it('is refused without using an attempt unless the quiz allows it', async () => {
    const payload = await testPayload()
    const closed = await createCourse(payload)
    const learner = await createUser(payload, 'learner')
    await studyLesson(learner.token, closed.lesson.id)
    expect((await submit(learner.token, closed.quiz.id, rightAnswers(closed.quiz))).status).toBe(201)
    const again = await submit(learner.token, closed.quiz.id, rightAnswers(closed.quiz))
    expect(again.status).toBe(409)
    expect(again.body.details).toMatchObject({ passed: true })
    expect((await payload.count({ collection: 'quiz-attempts', where: { quiz: { equals: closed.quiz.id } } })).totalDocs).toBe(1)

    const open = await createCourse(payload, 'published', { retakeAfterPass: true })
    await studyLesson(learner.token, open.lesson.id)
    expect((await submit(learner.token, open.quiz.id, rightAnswers(open.quiz))).status).toBe(201)
    expect((await submit(learner.token, open.quiz.id, rightAnswers(open.quiz))).status).toBe(201)
  })
})

describe('explanations in the reader language', () => {
  it('reads an English attempt with the Spanish feedback the review setting allows, keeping its verdicts', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    const [single, short] = course.quiz.questions
    await payload.update({
      collection: 'quizzes',
      id: course.quiz.id,
      locale: 'es',
      data: {
        title: 'Cuestionario',
        questions: [
          {
            id: single.id,
            type: 'single',
            prompt: '¿Cuál es la correcta?',
            choices: [
              { id: single.choices![0].id, text: 'Correcta', isCorrect: true, feedback: 'RETRO-CORRECTA' },
              { id: single.choices![1].id, text: 'Incorrecta', isCorrect: false, feedback: 'RETRO-INCORRECTA' },
            ],
          },
          { id: short.id, type: 'short-answer', prompt: 'Nombra el término.', acceptedAnswers: (short.acceptedAnswers ?? []).map(({ answer }) => ({ answer })), correctFeedback: 'NOTA-CORRECTA', incorrectFeedback: 'NOTA-INCORRECTA' },
        ],
      },
    })
    const learner = await createUser(payload, 'learner')
    await studyLesson(learner.token, course.lesson.id)
    const answers = [{ questionId: single.id!, choiceIds: [single.choices![1].id!] }, { questionId: short.id!, text: 'secret accepted answer' }]
    const response = await submit(learner.token, course.quiz.id, answers)
    expect(response.status).toBe(201)
    const stored = response.body.review as LearnerReview
    expect(stored.questions!.map((question) => question.feedback)).toEqual([['SECRET-FEEDBACK-WRONG'], ['SECRET-CORRECT-FEEDBACK']])

    const spanish = (await quizForGrading(payload, course.quiz.id, 'es'))!.questions as GradableQuestion[]
    const read = reviewInLanguage(stored, answers, spanish)
    // 'feedback' review: the chosen choice's feedback and the correct note, never the incorrect note.
    expect(read.questions!.map((question) => question.feedback)).toEqual([['RETRO-INCORRECTA'], ['NOTA-CORRECTA']])
    expect(read.questions!.map((question) => [question.correct, question.earned])).toEqual(stored.questions!.map((question) => [question.correct, question.earned]))
    expect(JSON.stringify(read)).not.toMatch(/NOTA-INCORRECTA|RETRO-CORRECTA|correctChoiceIds/)

    // A question graded differently now (its key changed) keeps the explanation of the result the learner got.
    const rekeyed = spanish.map((question) =>
      question.id === single.id ? { ...question, choices: question.choices!.map((choice) => ({ ...choice, isCorrect: !choice.isCorrect })) } : question,
    )
    expect(reviewInLanguage(stored, answers, rekeyed).questions![0].feedback).toEqual(['SECRET-FEEDBACK-WRONG'])
    // A score-only review has nothing to translate.
    const scoreOnly = { score: 50, passed: false, earned: 1, possible: 2 }
    expect(reviewInLanguage(scoreOnly, answers, spanish)).toEqual(scoreOnly)
  })
})
