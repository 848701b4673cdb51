import type { Payload } from 'payload'

import { createTranslator } from 'next-intl'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Lesson, User } from '@/payload-types'

import { verificationFor } from '@/app/(site)/verify/[code]/verification'
import en from '@/i18n/messages/en.json'
import es from '@/i18n/messages/es.json'
import { lessonAccessFacts, quizForGrading } from '@/lib/curriculum/grading'
import { formatDuration } from '@/lib/duration'
import type { CertificateEvidence } from '@/lib/certificates/issue'
import { isAppError } from '@/lib/errors'
import { minTimeScale, requiredSeconds } from '@/lib/progress/minimumTime'
import { MAX_HEARTBEAT_GAP_SECONDS } from '@/lib/progress/record'
import { trackProgress } from '@/lib/progress/track'
import { submitQuiz } from '@/lib/quiz/submit'
import { api } from '../helpers/api'
import { createCourse, createUser, rightAnswers, studyLesson, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

type Course = Awaited<ReturnType<typeof createCourse>> & { lessons: Lesson[] }

const track = (token: string, body: Record<string, unknown>) => api('POST', '/progress/track', { token, body })

/** createCourse plus two more lessons (10 and 20 estimated minutes), the second with a Spanish title. */
const courseOfThree = async (payload: Payload): Promise<Course> => {
  const course = await createCourse(payload)
  const more = []
  for (const [order, minutes] of [[2, 10], [3, 20]] as const) {
    more.push(
      await payload.create({
        collection: 'lessons',
        data: { title: `Lesson ${order}`, slug: uniqueSlug('lesson'), module: course.module.id, order, estimatedMinutes: minutes, _status: 'published' },
      }),
    )
  }
  await payload.update({ collection: 'lessons', id: more[0].id, locale: 'es', data: { title: 'Lección 2' } })
  return { ...course, lessons: [course.lesson, ...more] }
}

const completedCount = async (payload: Payload, userId: number) =>
  (await payload.count({ collection: 'progress', where: { and: [{ user: { equals: userId } }, { status: { equals: 'completed' } }] } })).totalDocs

describe('the minimum time rule', () => {
  it('asks for half the estimated minutes, or the trainer’s minimum, scaled by the knob but never switched off', () => {
    expect(requiredSeconds({ estimatedMinutes: 10 }, 1)).toBe(300)
    expect(requiredSeconds({ estimatedMinutes: 10, minimumMinutes: 8 }, 1)).toBe(480)
    expect(requiredSeconds({ estimatedMinutes: 10 }, 0.5)).toBe(150)
    // However small the scale, a lesson that asks for time asks for at least a second.
    expect(requiredSeconds({ estimatedMinutes: 10 }, 0.000001)).toBe(1)
    expect(requiredSeconds({ estimatedMinutes: null }, 1)).toBe(0)
    // A missing, zero, negative or mistyped knob means the full minimum, never none.
    for (const raw of ['', ' ', '0', '-1', 'fast', 'NaN']) expect(minTimeScale(raw), String(raw)).toBe(1)
    expect(minTimeScale('0.25')).toBe(0.25)
  })
})

describe('completion that means study (the review’s attack)', () => {
  let payload: Payload
  let course: Course
  let learner: { user: User; token: string }

  beforeAll(async () => {
    payload = await testPayload()
    course = await courseOfThree(payload)
    learner = await createUser(payload, 'learner')
  })

  it('refuses `complete` on every lesson with no view (409 with the seconds left), and a forged time with 400', async () => {
    for (const lesson of course.lessons) {
      const early = await track(learner.token, { lessonId: lesson.id, event: 'complete' })
      expect(early.status).toBe(409)
      expect(typeof early.body.error).toBe('string')
      expect(early.body.details.secondsRemaining).toBeGreaterThan(0)
      // The client's own time is never taken: a body carrying it is refused outright.
      const forged = await track(learner.token, { lessonId: lesson.id, event: 'complete', timeSpentSeconds: 0 })
      expect(forged.status).toBe(400)
      const claimed = await track(learner.token, { lessonId: lesson.id, event: 'heartbeat', timeSpentSeconds: 99_999 })
      expect(claimed.status).toBe(400)
    }
    expect(await completedCount(payload, learner.user.id)).toBe(0)
    expect((await payload.count({ collection: 'progress', where: { user: { equals: learner.user.id } } })).totalDocs).toBe(0)
  })

  it('refuses `complete` right after a view, and the quiz before the lessons (409 naming them, in the reader’s language)', async () => {
    for (const lesson of course.lessons) {
      expect((await track(learner.token, { lessonId: lesson.id, event: 'view' })).status).toBe(200)
      const early = await track(learner.token, { lessonId: lesson.id, event: 'complete' })
      expect(early.status).toBe(409)
      expect(early.body.details.secondsRemaining).toBeGreaterThan(0)
    }
    expect(await completedCount(payload, learner.user.id)).toBe(0)

    const quiz = await api('POST', '/quiz-attempts/submit', {
      token: learner.token,
      body: { quizId: course.quiz.id, locale: 'es', answers: rightAnswers(course.quiz) },
    })
    expect(quiz.status).toBe(409)
    expect(quiz.body.details.lessonsLeft.map((lesson: { id: number; title: string }) => [lesson.id, lesson.title])).toEqual([
      [course.lessons[0].id, 'Test lesson'],
      [course.lessons[1].id, 'Lección 2'],
      [course.lessons[2].id, 'Lesson 3'],
    ])
    expect(quiz.body.error).toContain('Lección 2')
    expect((await payload.count({ collection: 'quiz-attempts', where: { user: { equals: learner.user.id } } })).totalDocs).toBe(0)
  })

  it('the server action’s operation refuses the quiz the same way', async () => {
    const grading = await quizForGrading(payload, course.quiz.id, 'en')
    const input = { quizId: course.quiz.id, locale: 'en' as const, startedAt: null, answers: rightAnswers(course.quiz) }
    const error = await submitQuiz(payload, learner.user, input, grading).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(isAppError(error) && error.code).toBe('conflict')
    expect((error as { details: { lessonsLeft: unknown[] } }).details.lessonsLeft).toHaveLength(3)
  })
})

describe('time on task is measured by the server (fake clock, full minimum)', () => {
  let payload: Payload
  let learner: User
  let lesson: Lesson

  beforeAll(async () => {
    payload = await testPayload()
    const course = await createCourse(payload)
    lesson = await payload.update({ collection: 'lessons', id: course.lesson.id, data: { estimatedMinutes: 10 } })
    learner = (await createUser(payload, 'learner')).user
  })

  // A day ahead of the database clock, so the test owns every timestamp.
  const start = Date.now() + 86_400_000
  const at = (seconds: number) => ({ now: new Date(start + seconds * 1000), minTimeScale: 1 })
  const send = async (event: 'view' | 'heartbeat' | 'complete', seconds: number) =>
    trackProgress(payload, learner, { lessonId: lesson.id, event }, await lessonAccessFacts(payload, lesson.id), at(seconds))
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (isAppError(error) && error.code === 'conflict' ? (error.details as { secondsRemaining: number }).secondsRemaining : error),
    )

  it('caps each gap, so a tab left open (or one late event) is not study time', async () => {
    await send('view', 0)
    // Ten minutes later, one heartbeat: only the cap is credited.
    const late = await send('heartbeat', 600)
    expect(late.progress.timeSpentSeconds).toBe(MAX_HEARTBEAT_GAP_SECONDS)
    // 10 estimated minutes ask for 300 s; 30 s (+1 s credited by the completion itself) are not enough.
    expect(await refusal(send('complete', 601))).toBe(300 - MAX_HEARTBEAT_GAP_SECONDS - 1)
    // Two tabs beating at the same instant add the time once.
    await send('heartbeat', 616)
    const twin = await send('heartbeat', 616)
    expect(twin.progress.timeSpentSeconds).toBe(MAX_HEARTBEAT_GAP_SECONDS + 1 + 15)
  })

  it('completes once heartbeats every 15 s have added up to the minimum, and stays complete', async () => {
    let t = 616
    while (t < 616 + 300) {
      t += 15
      await send('heartbeat', t)
    }
    const done = await send('complete', t + 1)
    expect(done.progress.status).toBe('completed')
    expect(done.progress.timeSpentSeconds).toBeGreaterThanOrEqual(300)
    expect(done.progress.newlyCompleted).toBe(true)
    const again = await send('complete', t + 2)
    expect(again.progress.newlyCompleted).toBe(false)
    expect(again.progress.completedAt).toBe(done.progress.completedAt)
  })

  it('a trainer’s own minimum replaces half the estimate', async () => {
    const trainerSet = await payload.update({ collection: 'lessons', id: lesson.id, data: { minimumMinutes: 20 } })
    expect(requiredSeconds(trainerSet, 1)).toBe(1200)
    expect(requiredSeconds((await lessonAccessFacts(payload, lesson.id))!, 1)).toBe(1200)
  })
})

describe('after enough server-measured time (shortened by PEERPATH_MIN_TIME_SCALE)', () => {
  it('completes, opens the quiz, and issues a certificate that records its evidence; /verify shows the learning time', async () => {
    const payload = await testPayload()
    expect(Number(process.env.PEERPATH_MIN_TIME_SCALE)).toBeLessThan(1)
    const course = await courseOfThree(payload)
    const learner = await createUser(payload, 'learner', { name: 'Lucía Gómez' })
    for (const lesson of course.lessons) expect((await studyLesson(learner.token, lesson.id)).status).toBe(200)

    const failed = await api('POST', '/quiz-attempts/submit', {
      token: learner.token,
      body: { quizId: course.quiz.id, answers: [{ questionId: course.quiz.questions[0].id!, choiceIds: [course.quiz.questions[0].choices![1].id!] }] },
    })
    expect(failed.status).toBe(201)
    const passed = await api('POST', '/quiz-attempts/submit', { token: learner.token, body: { quizId: course.quiz.id, answers: rightAnswers(course.quiz) } })
    expect(passed.status).toBe(201)
    const code = passed.body.certificate.code as string

    const certificate = await payload.findByID({ collection: 'certificates', id: passed.body.certificate.id })
    const progress = await payload.find({ collection: 'progress', where: { user: { equals: learner.user.id } }, sort: 'createdAt' })
    const evidence = certificate.evidence as unknown as CertificateEvidence
    expect(evidence.lessons.map((lesson) => lesson.lessonId)).toEqual(course.lessons.map((lesson) => lesson.id))
    expect(evidence.lessons[1].title).toEqual({ en: 'Lesson 2', es: 'Lección 2' })
    for (const lesson of evidence.lessons) {
      const row = progress.docs.find((doc) => doc.lesson === lesson.lessonId || (doc.lesson as Lesson).id === lesson.lessonId)!
      expect(lesson.seconds).toBe(Math.floor(row.timeSpentSeconds))
      expect(lesson.seconds).toBeGreaterThanOrEqual(1)
      expect(new Date(lesson.completedAt).getTime()).toBe(new Date(row.completedAt!).getTime())
    }
    expect(evidence.totalSeconds).toBe(evidence.lessons.reduce((sum, lesson) => sum + lesson.seconds, 0))
    expect(certificate.totalLearningSeconds).toBe(evidence.totalSeconds)
    expect(evidence.quizzes).toEqual([
      expect.objectContaining({ quizId: course.quiz.id, attemptsUsed: 2, bestScore: 100, passingScore: 80, passedAt: expect.any(String) }),
    ])

    // The verification page's data, and the words it shows.
    const verified = await verificationFor(payload, code, 'es')
    expect(verified).toMatchObject({ code, learnerName: 'Lucía Gómez', moduleTitle: 'Test module', totalLearningSeconds: evidence.totalSeconds })
    const words = (messages: typeof en) => createTranslator({ locale: 'en', messages, namespace: 'duration' })
    expect(formatDuration(3_900, words(en))).toBe('1 h 05 min')
    expect(formatDuration(3_900, words(es as typeof en))).toBe('1 h 05 min')
    expect(formatDuration(125, words(en))).toBe('2 min')
    expect(formatDuration(verified.totalLearningSeconds, words(en))).toBe(`${evidence.totalSeconds} s`)
  })
})
