import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Lesson, Module, Quiz } from '@/payload-types'

import { drawForNextAttempt, questionsForAttempt } from '@/lib/quiz/attemptDraw'
import { listAttempts } from '@/lib/progress/learnerRecords'
import { drawQuestions, drawSeed } from '@/lib/quiz/draw'
import { api } from '../helpers/api'
import { createUser, studyLesson, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { tableCounts } from '../helpers/tableCounts'

/**
 * A quiz with a question bank draws questionsPerAttempt questions per attempt,
 * spread across its lessons; the quiz page and the submission see the same
 * set; a retry is a new set; grading, attempts and review work on the draw.
 */

type Learner = Awaited<ReturnType<typeof createUser>>
type ReviewSetting = 'score' | 'feedback' | 'full'

const LESSONS = 3
const PER_LESSON = 4
const PER_ATTEMPT = 6

const lessonOf = (question: Quiz['questions'][number]) => (typeof question.lesson === 'object' ? question.lesson?.id : question.lesson)

describe('drawing questions from a bank', () => {
  let payload: Payload
  let module: Module
  let lessons: Lesson[]

  const createBankQuiz = (review: ReviewSetting, maxAttempts = 5) =>
    payload.create({
      collection: 'quizzes',
      data: {
        title: `Bank quiz (${review})`,
        slug: uniqueSlug('bank-quiz'),
        module: module.id,
        passingScore: 100,
        maxAttempts,
        questionsPerAttempt: PER_ATTEMPT,
        review,
        _status: 'published',
        // Four questions per lesson; the first choice is always the right one.
        questions: lessons.flatMap((lesson, l) =>
          Array.from({ length: PER_LESSON }, (_, q) => ({
            type: 'single' as const,
            lesson: lesson.id,
            prompt: `Lesson ${l + 1}, question ${q + 1}`,
            choices: [
              { text: 'Right', isCorrect: true, feedback: `right ${l}.${q}` },
              { text: 'Wrong', isCorrect: false, feedback: `wrong ${l}.${q}` },
            ],
          })),
        ),
      },
    }) as Promise<Quiz>

  beforeAll(async () => {
    payload = await testPayload()
    module = await payload.create({
      collection: 'modules',
      data: { title: 'Bank module', slug: uniqueSlug('bank-module'), area: 'service-delivery', order: 97, _status: 'published' },
    })
    lessons = []
    for (let order = 1; order <= LESSONS; order++)
      lessons.push(
        await payload.create({
          collection: 'lessons',
          data: { title: `Bank lesson ${order}`, slug: uniqueSlug('bank-lesson'), module: module.id, order, _status: 'published' },
        }),
      )
  })

  /** A learner who has studied every lesson of the module: the quiz is taken after the lessons. */
  const learnerWhoStudied = async (): Promise<Learner> => {
    const learner = await createUser(payload, 'learner')
    for (const lesson of lessons) await studyLesson(learner.token, lesson.id)
    return learner
  }

  /** What the quiz page shows the learner for their next attempt. */
  const pageDraw = async (learner: Learner, quiz: Quiz) => {
    const learnerCopy = (await payload.findByID({ collection: 'quizzes', id: quiz.id, depth: 0, overrideAccess: false, user: learner.user })) as Quiz
    // As the page numbers it: one past the learner's latest attempt.
    const attempts = await listAttempts(payload, learner.user, quiz.id)
    return questionsForAttempt(payload.secret, learner.user.id, learnerCopy, (attempts[0]?.attemptNumber ?? 0) + 1)
  }

  const rightAnswersTo = (questions: Quiz['questions']) =>
    questions.map((question) => ({ questionId: question.id!, choiceIds: [question.choices![0].id!] }))

  const submit = (learner: Learner, quiz: Quiz, answers: unknown) =>
    api('POST', '/quiz-attempts/submit', { token: learner.token, body: { quizId: quiz.id, answers } })

  it('draws questionsPerAttempt questions, the same number from each lesson, for any seed', () => {
    const bank = lessons.flatMap((lesson) => Array.from({ length: PER_LESSON }, (_, q) => ({ id: `${lesson.id}-${q}`, lesson: lesson.id })))
    const sets = new Set<string>()
    for (let attempt = 1; attempt <= 40; attempt++) {
      const drawn = drawQuestions(bank, PER_ATTEMPT, drawSeed('test-secret', { userId: 1, quizId: 1, attemptNumber: attempt }))
      expect(drawn).toHaveLength(PER_ATTEMPT)
      for (const lesson of lessons) expect(drawn.filter((q) => q.lesson === lesson.id)).toHaveLength(PER_ATTEMPT / LESSONS)
      sets.add(drawn.map((q) => q.id).join(','))
    }
    // 6 of 12 with two per lesson can be drawn 216 ways: forty attempts see many of them.
    expect(sets.size).toBeGreaterThan(10)
    // When the count does not divide evenly, lessons differ by at most one question.
    const seven = drawQuestions(bank, 7, 'some-seed')
    const perLesson = lessons.map((lesson) => seven.filter((q) => q.lesson === lesson.id).length)
    expect(Math.max(...perLesson) - Math.min(...perLesson)).toBeLessThanOrEqual(1)
    // Empty, 0 or at least the bank's size ask every question, in bank order.
    for (const count of [null, 0, 12, 20]) expect(drawQuestions(bank, count, 'x').map((q) => q.id)).toEqual(bank.map((q) => q.id))
    // The server secret is part of the seed: another secret draws differently.
    const key = { userId: 1, quizId: 1, attemptNumber: 1 }
    expect(drawSeed('secret-a', key)).not.toBe(drawSeed('secret-b', key))
  })

  it('shows the same set on every reload, writing nothing, and the submission grades exactly that set', async () => {
    const quiz = await createBankQuiz('feedback')
    const learner = await learnerWhoStudied()
    const before = await tableCounts()
    const first = await pageDraw(learner, quiz)
    const again = await pageDraw(learner, quiz)
    const server = await drawForNextAttempt(payload, learner.user.id, quiz)
    expect(await tableCounts()).toEqual(before)
    expect(first.map((q) => q.id)).toEqual(again.map((q) => q.id))
    expect(server.questions.map((q) => q.id)).toEqual(first.map((q) => q.id))
    expect(server.attemptNumber).toBe(1)
    expect(first).toHaveLength(PER_ATTEMPT)
    for (const lesson of lessons) expect(first.filter((q) => lessonOf(q) === lesson.id)).toHaveLength(PER_ATTEMPT / LESSONS)

    const response = await submit(learner, quiz, rightAnswersTo(first))
    expect(response.status, response.text).toBe(201)
    expect(response.body.review).toMatchObject({ score: 100, passed: true, earned: PER_ATTEMPT, possible: PER_ATTEMPT })
    expect(response.body.review.questions.map((q: { questionId: string }) => q.questionId)).toEqual(first.map((q) => q.id))
    const attempt = await payload.findByID({ collection: 'quiz-attempts', id: response.body.attempt.id, overrideAccess: true })
    expect(attempt.questionIds).toEqual(first.map((q) => q.id))
    expect(attempt.attemptNumber).toBe(1)
  })

  it('grades unanswered drawn questions as wrong, and a retry draws a new set (over several attempts)', async () => {
    const quiz = await createBankQuiz('feedback')
    const learner = await learnerWhoStudied()
    const sets: string[] = []
    for (let attempt = 1; attempt <= 5; attempt++) {
      const drawn = await pageDraw(learner, quiz)
      sets.push(drawn.map((q) => q.id).sort().join(','))
      // Half right, half left out: the score is out of the drawn questions only.
      const response = await submit(learner, quiz, rightAnswersTo(drawn.slice(0, PER_ATTEMPT / 2)))
      expect(response.status, response.text).toBe(201)
      expect(response.body.review).toMatchObject({ score: 50, passed: false, earned: PER_ATTEMPT / 2, possible: PER_ATTEMPT })
      expect(response.body.attempt).toMatchObject({ attemptNumber: attempt, attemptsLeft: 5 - attempt })
    }
    expect(new Set(sets).size).toBeGreaterThan(1)
    // The attempt limit holds as before.
    const refused = await submit(learner, quiz, [])
    expect(refused.status).toBe(409)
  })

  it('refuses answers to questions that were not drawn (400 naming each), recording nothing', async () => {
    const quiz = await createBankQuiz('full')
    const learner = await learnerWhoStudied()
    const drawn = await pageDraw(learner, quiz)
    const drawnIds = new Set(drawn.map((q) => q.id))
    const undrawn = quiz.questions.filter((q) => !drawnIds.has(q.id))
    expect(undrawn).toHaveLength(quiz.questions.length - PER_ATTEMPT)

    // A client that sends its own list: the drawn questions plus two it picked.
    const answers = [...rightAnswersTo(drawn), ...rightAnswersTo(undrawn.slice(0, 2))]
    const response = await submit(learner, quiz, answers)
    expect(response.status, response.text).toBe(400)
    const named = (response.body.details as { questionId: string }[]).map((problem) => problem.questionId).sort()
    expect(named).toEqual(undrawn.slice(0, 2).map((q) => q.id!).sort())
    expect(response.text).not.toContain('right ')
    const { totalDocs } = await payload.count({ collection: 'quiz-attempts', where: { user: { equals: learner.user.id } } })
    expect(totalDocs).toBe(0)
    // The draw is unchanged by the refusal: the same set is still the one to answer.
    expect((await pageDraw(learner, quiz)).map((q) => q.id)).toEqual(drawn.map((q) => q.id))
  })

  it('keeps each review setting as it was, on the drawn questions only', async () => {
    for (const review of ['score', 'feedback', 'full'] as const) {
      const quiz = await createBankQuiz(review)
      const learner = await learnerWhoStudied()
      const drawn = await pageDraw(learner, quiz)
      // The first drawn question answered wrong, the rest right.
      const answers = rightAnswersTo(drawn)
      answers[0] = { questionId: drawn[0].id!, choiceIds: [drawn[0].choices![1].id!] }
      const response = await submit(learner, quiz, answers)
      expect(response.status, response.text).toBe(201)
      const body = response.body.review
      if (review === 'score') {
        expect(Object.keys(body).sort()).toEqual(['earned', 'passed', 'possible', 'score'])
        continue
      }
      expect(body.questions).toHaveLength(PER_ATTEMPT)
      const [wrongOne, rightOne] = body.questions
      if (review === 'feedback') {
        expect(wrongOne.correctChoiceIds).toBeUndefined()
        // The learner's copy has no feedback; the trainer's copy says what the wrong choice's feedback is.
        const keyed = quiz.questions.find((q) => q.id === drawn[0].id)!
        expect(wrongOne.feedback).toEqual([keyed.choices![1].feedback])
      } else {
        expect(wrongOne.correctChoiceIds).toEqual([drawn[0].choices![0].id])
      }
      expect(rightOne.correct).toBe(true)
      // Nothing about questions outside the draw reaches the learner.
      const undrawnIds = quiz.questions.filter((q) => !drawn.some((d) => d.id === q.id)).map((q) => q.id!)
      for (const id of undrawnIds) expect(response.text).not.toContain(id)
    }
  })

  it('asks every question when questionsPerAttempt is empty', async () => {
    const quiz = await payload.update({ collection: 'quizzes', id: (await createBankQuiz('feedback')).id, data: { questionsPerAttempt: null } })
    const learner = await learnerWhoStudied()
    const drawn = await pageDraw(learner, quiz as Quiz)
    expect(drawn).toHaveLength(LESSONS * PER_LESSON)
    const response = await submit(learner, quiz as Quiz, rightAnswersTo(drawn))
    expect(response.status, response.text).toBe(201)
    expect(response.body.review).toMatchObject({ score: 100, possible: LESSONS * PER_LESSON })
  })
})
