import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, gql } from '../helpers/api'
import { completeCourse, createCourse, createUser, uniqueSlug } from '../helpers/fixtures'
import { createTeam } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

/**
 * Deleting curriculum that learners have records on is a 409 a trainer can
 * act on ("unpublish it instead"), never a 500 from a foreign key; the same
 * message reaches PeerPath's `error` and Payload's `errors` (which the admin
 * shows as a toast). Curriculum nothing depends on is deleted as before.
 */

type Staff = Awaited<ReturnType<typeof createUser>>

const remove = (staff: Staff, collection: string, id: number) => api('DELETE', `/${collection}/${id}`, { token: staff.token })

const exists = async (payload: Payload, collection: 'modules' | 'lessons' | 'quizzes', id: number) =>
  (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

/** A 409 with the message in both error shapes, and the counts as details. */
const expectRefused = (response: Awaited<ReturnType<typeof api>>, message: RegExp) => {
  expect(response.status, response.text).toBe(409)
  expect(response.body.error).toMatch(message)
  expect(response.body.errors?.[0]?.message).toBe(response.body.error)
  expect(response.body.details?.dependents).toBeTypeOf('object')
  expect(response.text).not.toMatch(/violat|constraint|null value|stack/i)
}

describe('deleting curriculum that learners have records on', () => {
  let payload: Payload
  let trainer: Staff
  let admin: Staff

  beforeAll(async () => {
    payload = await testPayload()
    trainer = await createUser(payload, 'trainer')
    admin = await createUser(payload, 'admin')
  })

  it('a lesson with learner progress is a 409 that says how many records and to unpublish it; nothing is deleted', async () => {
    const course = await createCourse(payload)
    for (let i = 0; i < 2; i++) {
      const learner = await createUser(payload, 'learner')
      await api('POST', '/progress/track', { token: learner.token, body: { lessonId: course.lesson.id, event: 'view' } })
    }
    const response = await remove(trainer, 'lessons', course.lesson.id)
    expectRefused(response, /^This lesson has learner progress \(2 records\) and cannot be deleted; unpublish it instead\.$/)
    expect(response.body.details.dependents).toMatchObject({ progress: 2 })
    expect(await exists(payload, 'lessons', course.lesson.id)).toBe(true)
    expect((await payload.count({ collection: 'progress', where: { lesson: { equals: course.lesson.id } } })).totalDocs).toBe(2)
    // An admin is refused the same way: the records matter, not the role.
    expect((await remove(admin, 'lessons', course.lesson.id)).status).toBe(409)
    // Unpublishing, the way out the message offers, works.
    const unpublished = await api('PATCH', `/lessons/${course.lesson.id}`, { token: trainer.token, body: { _status: 'draft' } })
    expect(unpublished.status, unpublished.text).toBe(200)
  })

  it('a quiz with attempts and a module with progress, attempts and certificates are 409s too', async () => {
    const course = await createCourse(payload)
    const learner = await createUser(payload, 'learner')
    const passed = await completeCourse(course, learner.token)
    expect(passed.body.certificate?.code).toBeTruthy()

    const quiz = await remove(trainer, 'quizzes', course.quiz.id)
    expectRefused(quiz, /^This quiz has learner attempts \(1 attempt\) and cannot be deleted; unpublish it instead\.$/)

    const module = await remove(trainer, 'modules', course.module.id)
    expectRefused(
      module,
      /^This module has learner records \(1 progress record, 1 quiz attempt and 1 certificate\) and cannot be deleted; unpublish it instead\.$/,
    )
    for (const [collection, id] of [['modules', course.module.id], ['lessons', course.lesson.id], ['quizzes', course.quiz.id]] as const) {
      expect(await exists(payload, collection, id), collection).toBe(true)
    }
    expect((await payload.count({ collection: 'certificates', where: { user: { equals: learner.user.id } } })).totalDocs).toBe(1)
  })

  it('is refused the same way through GraphQL, the Local API and a bulk delete (which still deletes the rest)', async () => {
    const course = await createCourse(payload)
    const learner = await createUser(payload, 'learner')
    await api('POST', '/progress/track', { token: learner.token, body: { lessonId: course.lesson.id, event: 'view' } })

    const graph = await gql(`mutation { deleteLesson(id: ${course.lesson.id}) { id } }`, { token: trainer.token })
    expect(graph.body.errors?.[0]?.message).toMatch(/^This lesson has learner progress \(1 record\)/)
    expect(graph.text).not.toMatch(/violat|constraint/i)

    await expect(payload.delete({ collection: 'lessons', id: course.lesson.id })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/unpublish it instead/),
    })

    const untouched = await payload.create({
      collection: 'lessons',
      data: { title: 'Nobody read this', slug: uniqueSlug('lesson'), module: course.module.id, order: 2, _status: 'published' },
    })
    const bulk = await api('DELETE', `/lessons?where[id][in]=${course.lesson.id},${untouched.id}`, { token: trainer.token })
    expect(bulk.status).toBeLessThan(500)
    // The admin's bulk delete shows each refusal's message; Payload hides messages that are not public.
    expect(bulk.body.errors).toEqual([expect.objectContaining({ id: course.lesson.id, message: expect.stringMatching(/learner progress \(1 record\)/) })])
    expect(bulk.body.docs.map((doc: { id: number }) => doc.id)).toEqual([untouched.id])
    expect(await exists(payload, 'lessons', course.lesson.id)).toBe(true)
    expect(await exists(payload, 'lessons', untouched.id)).toBe(false)
  })

  it('a module that organizations have assigned, or put in an onboarding path, is a 409 that says so', async () => {
    const course = await createCourse(payload)
    const team = await createTeam(payload, 'Delete guard')
    await payload.create({
      collection: 'assignments',
      data: { organization: team.organization.id, learner: team.learner.user.id, module: course.module.id, dueDate: new Date(Date.now() + 86_400_000).toISOString() },
    })
    await payload.create({ collection: 'paths', data: { title: 'Onboarding', slug: uniqueSlug('path'), modules: [course.module.id] } })
    const response = await remove(trainer, 'modules', course.module.id)
    expectRefused(response, /^This module is used by 1 assignment and 1 onboarding path and cannot be deleted; remove it from them first, or unpublish it instead\.$/)
    expect(await exists(payload, 'modules', course.module.id)).toBe(true)
  })

  it('a module that still has lessons or a quiz, and a lesson that has a quiz attached, say what to delete first', async () => {
    const course = await createCourse(payload)
    const lessonQuiz = await payload.create({
      collection: 'quizzes',
      data: {
        title: 'Lesson check',
        slug: uniqueSlug('quiz'),
        module: course.module.id,
        lesson: course.lesson.id,
        passingScore: 50,
        maxAttempts: 3,
        _status: 'published',
        questions: [{ type: 'true-false', prompt: 'Yes?', choices: [{ text: 'True', isCorrect: true }, { text: 'False' }] }],
      },
    })
    expectRefused(await remove(trainer, 'modules', course.module.id), /^This module still has 1 lesson and 2 quizzes and cannot be deleted; delete them first/)
    expectRefused(await remove(trainer, 'lessons', course.lesson.id), /^This lesson has 1 quiz attached and cannot be deleted/)

    // With nothing depending on them, each is deleted as before, the module last.
    for (const [collection, id] of [['quizzes', lessonQuiz.id], ['lessons', course.lesson.id], ['quizzes', course.quiz.id], ['modules', course.module.id]] as const) {
      const response = await remove(trainer, collection, id)
      expect(response.status, `${collection} ${response.text}`).toBe(200)
      expect(await exists(payload, collection, id), collection).toBe(false)
    }
    // Their versions went with them.
    expect((await payload.countVersions({ collection: 'lessons', where: { parent: { equals: course.lesson.id } } })).totalDocs).toBe(0)
  })

  it('curriculum nobody has touched is deleted through REST and GraphQL as before', async () => {
    const course = await createCourse(payload)
    const graph = await gql(`mutation { deleteQuiz(id: ${course.quiz.id}) { id } }`, { token: trainer.token })
    expect(graph.body.errors, graph.text).toBeUndefined()
    expect((await remove(trainer, 'lessons', course.lesson.id)).status).toBe(200)
    expect((await remove(admin, 'modules', course.module.id)).status).toBe(200)
    for (const [collection, id] of [['modules', course.module.id], ['lessons', course.lesson.id], ['quizzes', course.quiz.id]] as const) {
      expect(await exists(payload, collection, id), collection).toBe(false)
    }
    // A learner still cannot delete anything.
    const other = await createCourse(payload)
    const learner = await createUser(payload, 'learner')
    expect((await remove(learner, 'quizzes', other.quiz.id)).status).toBe(403)
  })
})
