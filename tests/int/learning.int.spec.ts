import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Quiz } from '@/payload-types'

import { api } from '../helpers/api'
import { createCourse, createUser, rightAnswers, studyLesson } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

type Course = Awaited<ReturnType<typeof createCourse>>
type Learner = Awaited<ReturnType<typeof createUser>>

const wrongAnswers = (quiz: Quiz) => [{ questionId: quiz.questions[0].id!, choiceIds: [quiz.questions[0].choices![1].id!] }]

const track = (learner: Learner, lessonId: number, event: string, position?: number) =>
  api('POST', '/progress/track', { token: learner.token, body: { lessonId, event, ...(position === undefined ? {} : { position }) } })

const submit = (learner: Learner, quiz: Quiz, answers: unknown, extra: object = {}) =>
  api('POST', '/quiz-attempts/submit', { token: learner.token, body: { quizId: quiz.id, answers, ...extra } })

describe('progress', () => {
  let payload: Payload
  let course: Course
  let learner: Learner
  let other: Learner

  beforeAll(async () => {
    payload = await testPayload()
    course = await createCourse(payload)
    learner = await createUser(payload, 'learner')
    other = await createUser(payload, 'learner')
  })

  it('50 simultaneous identical writes leave exactly one row', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => track(learner, course.lesson.id, 'view', 10)))
    expect(responses.every((response) => response.status === 200)).toBe(true)
    const rows = await payload.count({
      collection: 'progress',
      where: { and: [{ user: { equals: learner.user.id } }, { lesson: { equals: course.lesson.id } }] },
    })
    expect(rows.totalDocs).toBe(1)
  })

  it('heartbeats from two tabs at once do not double-count time', async () => {
    await Promise.all([
      track(learner, course.lesson.id, 'heartbeat'),
      track(learner, course.lesson.id, 'heartbeat'),
      track(learner, course.lesson.id, 'heartbeat'),
    ])
    const { docs } = await payload.find({ collection: 'progress', where: { user: { equals: learner.user.id } } })
    // Three heartbeats within a second of each other add at most a couple of seconds, never 3 × 30.
    expect(docs[0].timeSpentSeconds).toBeLessThanOrEqual(2)
  })

  it('completing twice is idempotent and keeps the first completion time', async () => {
    // The lesson's minimum time on task (about a second in tests) passes with the lesson open.
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    const first = await track(learner, course.lesson.id, 'complete')
    const second = await track(learner, course.lesson.id, 'complete')
    expect(first.body.progress.status).toBe('completed')
    expect(second.body.progress.completedAt).toBe(first.body.progress.completedAt)
    expect(second.body.progress.newlyCompleted).toBe(false)
  })

  it('a later view never undoes a completion or moves the position back', async () => {
    const response = await track(learner, course.lesson.id, 'view', 5)
    expect(response.body.progress.status).toBe('completed')
    expect(response.body.progress.lastPosition).toBe(100)
  })

  it('refuses bad input with a 4xx JSON error and writes nothing', async () => {
    const before = await payload.count({ collection: 'progress' })
    const cases = [
      { lessonId: 'one', event: 'view' },
      { lessonId: course.lesson.id, event: 'teleport' },
      { lessonId: course.lesson.id, event: 'view', position: 400 },
      { lessonId: course.lesson.id, event: 'complete', status: 'completed', timeSpentSeconds: 99999 },
      { lessonId: 987654321, event: 'view' },
    ]
    for (const body of cases) {
      const response = await api('POST', '/progress/track', { token: other.token, body })
      expect(response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect(typeof response.body.error).toBe('string')
    }
    expect((await payload.count({ collection: 'progress' })).totalDocs).toBe(before.totalDocs)
  })

  it('cannot be tracked on an unpublished lesson or without signing in', async () => {
    const draft = await createCourse(payload, 'draft')
    expect((await track(learner, draft.lesson.id, 'view')).status).toBe(404)
    const anonymous = await api('POST', '/progress/track', { body: { lessonId: course.lesson.id, event: 'view' } })
    expect(anonymous.status).toBe(401)
  })

  it('is written only through the track endpoint: REST create and update are refused', async () => {
    const created = await api('POST', '/progress', {
      token: other.token,
      body: { user: other.user.id, lesson: course.lesson.id, module: course.module.id, status: 'completed', startedAt: new Date(), lastSeenAt: new Date() },
    })
    expect(created.status).toBe(403)
    const { docs } = await payload.find({ collection: 'progress', where: { user: { equals: learner.user.id } } })
    const patched = await api('PATCH', `/progress/${docs[0].id}`, { token: learner.token, body: { timeSpentSeconds: 100000 } })
    expect(patched.status).toBe(403)
  })

  it("is private: another learner can read none of it", async () => {
    const { docs } = await payload.find({ collection: 'progress', where: { user: { equals: learner.user.id } } })
    const byId = await api('GET', `/progress/${docs[0].id}`, { token: other.token })
    expect([403, 404]).toContain(byId.status)
    const list = await api('GET', `/progress?where[user][equals]=${learner.user.id}`, { token: other.token })
    expect(list.body.totalDocs).toBe(0)
  })
})

describe('quiz attempts and certificates', () => {
  let payload: Payload
  let course: Course

  beforeAll(async () => {
    payload = await testPayload()
    course = await createCourse(payload, 'published', { retakeAfterPass: true })
  })

  /** A learner who has studied the course's lesson, so its quiz is open to them. */
  const studied = async () => {
    const learner = await createUser(payload, 'learner')
    await studyLesson(learner.token, course.lesson.id)
    return learner
  }

  it('grades on the server, refuses forged scores, and limits attempts', async () => {
    const learner = await studied()
    const forged = await submit(learner, course.quiz, wrongAnswers(course.quiz), { score: 100, passed: true })
    expect(forged.status).toBe(400)

    const failed = await submit(learner, course.quiz, wrongAnswers(course.quiz))
    expect(failed.status).toBe(201)
    expect(failed.body.review.score).toBe(0)
    expect(failed.body.review.passed).toBe(false)
    expect(failed.body.attempt.attemptsLeft).toBe(2)
    // The default review setting shows feedback on the learner's own choices, never the key.
    expect(failed.text).toContain('SECRET-FEEDBACK-WRONG')
    expect(failed.text).not.toMatch(/correctChoiceIds|acceptedAnswers|SECRET-ACCEPTED-ANSWER|SECRET-FEEDBACK-RIGHT/)

    const passed = await submit(learner, course.quiz, rightAnswers(course.quiz))
    expect(passed.body.review.score).toBe(100)
    expect(passed.body.review.passed).toBe(true)
    await submit(learner, course.quiz, wrongAnswers(course.quiz))
    const tooMany = await submit(learner, course.quiz, rightAnswers(course.quiz))
    expect(tooMany.status).toBe(409)
    expect(await payload.count({ collection: 'quiz-attempts', where: { user: { equals: learner.user.id } } })).toMatchObject({
      totalDocs: 3,
    })
  })

  it('accepts exactly one of 10 simultaneous submissions on the last allowed attempt', async () => {
    const learner = await studied()
    await submit(learner, course.quiz, wrongAnswers(course.quiz))
    await submit(learner, course.quiz, wrongAnswers(course.quiz))
    const responses = await Promise.all(Array.from({ length: 10 }, () => submit(learner, course.quiz, rightAnswers(course.quiz))))
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1)
    expect(responses.filter((response) => response.status === 409)).toHaveLength(9)
    const attempts = await payload.count({ collection: 'quiz-attempts', where: { user: { equals: learner.user.id } } })
    expect(attempts.totalDocs).toBe(3)
  })

  it('a learner reads their own attempts without the grading, and nobody else reads them', async () => {
    const learner = await studied()
    const other = await createUser(payload, 'learner')
    const { body } = await submit(learner, course.quiz, rightAnswers(course.quiz))
    const own = await api('GET', `/quiz-attempts/${body.attempt.id}?depth=2`, { token: learner.token })
    expect(own.status).toBe(200)
    expect(own.body.grading).toBeUndefined()
    expect(own.text).not.toMatch(/SECRET-ACCEPTED-ANSWER|correctChoiceIds|"isCorrect"/)
    const theirs = await api('GET', `/quiz-attempts/${body.attempt.id}`, { token: other.token })
    expect([403, 404]).toContain(theirs.status)
    const forgedWrite = await api('PATCH', `/quiz-attempts/${body.attempt.id}`, { token: learner.token, body: { score: 100 } })
    expect(forgedWrite.status).toBe(403)
  })

  it('issues one certificate after every lesson is complete and the quiz is passed; others cannot read it', async () => {
    const learner = await createUser(payload, 'learner')
    const other = await createUser(payload, 'learner')
    const completed = await studyLesson(learner.token, course.lesson.id)
    expect(completed.status).toBe(200)
    expect(completed.body.certificate).toBeNull()
    const passed = await submit(learner, course.quiz, rightAnswers(course.quiz))
    expect(passed.body.certificate?.code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/)
    await track(learner, course.lesson.id, 'complete')
    await submit(learner, course.quiz, rightAnswers(course.quiz))
    const certificates = await payload.find({ collection: 'certificates', where: { user: { equals: learner.user.id } } })
    expect(certificates.totalDocs).toBe(1)

    const mine = await api('GET', '/certificates', { token: learner.token })
    expect(mine.body.totalDocs).toBe(1)
    const theirs = await api('GET', `/certificates/${certificates.docs[0].id}`, { token: other.token })
    expect([403, 404]).toContain(theirs.status)
    const revokeOwn = await api('PATCH', `/certificates/${certificates.docs[0].id}`, { token: learner.token, body: { revoked: false, code: 'AAAAA-AAAAA-AAAAA-AAAAA' } })
    expect(revokeOwn.status).toBe(403)
  })
})

describe('certificate verification lookup', () => {
  it('finds a valid certificate by code, reports a revoked one, and knows nothing of unknown or malformed codes', async () => {
    const { findCertificateByCode } = await import('@/lib/certificates/lookup')
    const payload = await testPayload()
    const course = await createCourse(payload)
    const learner = await createUser(payload, 'learner', { name: 'Rosa Díaz' })
    await studyLesson(learner.token, course.lesson.id)
    const { body } = await submit(learner, course.quiz, rightAnswers(course.quiz))
    const code = body.certificate.code as string

    const valid = await findCertificateByCode(payload, code.toLowerCase(), 'en')
    expect(valid).toMatchObject({ learnerName: 'Rosa Díaz', moduleTitle: 'Test module', revoked: false, code })

    await payload.update({ collection: 'certificates', id: body.certificate.id, data: { revoked: true, revokedReason: 'Issued in error' } })
    expect((await findCertificateByCode(payload, code, 'en'))?.revoked).toBe(true)
    expect(await findCertificateByCode(payload, 'AAAAA-BBBBB-CCCCC-DDDDD', 'en')).toBeNull()
    expect(await findCertificateByCode(payload, "' or 1=1 --", 'en')).toBeNull()
  })
})
