import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Lesson, Quiz } from '@/payload-types'

import { pgPool } from '@/lib/db'
import { up as repairCurriculumOrganizations } from '@/migrations/20261201_120000_curriculum_follows_published_module'
import { api, gql } from '../helpers/api'
import { createCourse, createUser, uniqueSlug } from '../helpers/fixtures'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

/**
 * Drafts never change what is published: a module's lessons and quiz follow
 * the organization the module is *published* with. A draft save (the admin's
 * "Save draft", REST `?draft=true`, the Local API's `draft: true`) changes
 * nothing a learner can reach; publishing it does.
 */

type Course = Awaited<ReturnType<typeof createCourse>>
type Trainer = Awaited<ReturnType<typeof createUser>>

/** What a learner can reach of a course, through each door: REST reads, GraphQL, progress and the quiz. */
const reach = async (token: string, course: Course, lesson: Lesson = course.lesson, quiz: Quiz = course.quiz) => {
  const graph = await gql(`{ Lessons(where: { id: { equals: ${lesson.id} } }) { totalDocs } Quizzes(where: { id: { equals: ${quiz.id} } }) { totalDocs } }`, {
    token,
  })
  return {
    module: (await api('GET', `/modules/${course.module.id}`, { token })).status,
    lesson: (await api('GET', `/lessons/${lesson.id}`, { token })).status,
    quiz: (await api('GET', `/quizzes/${quiz.id}`, { token })).status,
    lessonInList: (await api('GET', `/lessons?where[id][equals]=${lesson.id}`, { token })).body.totalDocs,
    graph: [graph.body.data?.Lessons?.totalDocs, graph.body.data?.Quizzes?.totalDocs],
    track: (await api('POST', '/progress/track', { token, body: { lessonId: lesson.id, event: 'view' } })).status,
    submit: (await api('POST', '/quiz-attempts/submit', { token, body: { quizId: quiz.id, answers: [] } })).status,
  }
}
const SHUT = { module: 404, lesson: 404, quiz: 404, lessonInList: 0, graph: [0, 0], track: 404, submit: 404 }
// Reachable: the quiz is found and refused only because its lesson is not complete yet (409, not 404).
const OPEN = { module: 200, lesson: 200, quiz: 200, lessonInList: 1, graph: [1, 1], track: 200, submit: 409 }

/** The organization each table row carries right now (what the read rule looks at). */
const rowOrganizations = async (payload: Payload, course: Course, lesson: Lesson = course.lesson, quiz: Quiz = course.quiz) => {
  const one = async (table: string, id: number) =>
    (await pgPool(payload).query<{ o: number | null }>(`select organization_id as o from ${table} where id = $1`, [id])).rows[0].o
  return { module: await one('modules', course.module.id), lesson: await one('lessons', lesson.id), quiz: await one('quizzes', quiz.id) }
}

const saveDraft = (trainer: Trainer, course: Course, data: object) =>
  api('PATCH', `/modules/${course.module.id}?draft=true`, { token: trainer.token, body: data })
const publish = (trainer: Trainer, course: Course, data: object) =>
  api('PATCH', `/modules/${course.module.id}`, { token: trainer.token, body: { ...data, _status: 'published' } })

describe('drafts never change what is published', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let trainer: Trainer

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Draft scope A')
    b = await createTeam(payload, 'Draft scope B')
    trainer = await createUser(payload, 'trainer')
  })

  it("a draft that clears a private module's organization leaves its lessons and quiz private until it is published", async () => {
    const course = await createCourse(payload)
    await payload.update({ collection: 'modules', id: course.module.id, data: { organization: b.organization.id } })
    expect(await reach(a.learner.token, course)).toEqual(SHUT)

    const draft = await saveDraft(trainer, course, { organization: null, title: 'Opened up (draft)' })
    expect(draft.status, draft.text).toBe(200)
    expect(draft.body.doc._status).toBe('draft')
    // Through the Local API too, the way scripts and jobs save drafts.
    await payload.update({ collection: 'modules', id: course.module.id, data: { organization: null }, draft: true })

    expect(await rowOrganizations(payload, course)).toEqual({ module: b.organization.id, lesson: b.organization.id, quiz: b.organization.id })
    expect(await reach(a.learner.token, course)).toEqual(SHUT)
    expect((await api('GET', `/lessons/${course.lesson.id}`, { token: b.learner.token })).status).toBe(200)
    // An editor sees the pending draft, so the draft itself was saved.
    const preview = await api('GET', `/modules/${course.module.id}?draft=true&depth=0`, { token: trainer.token })
    expect(preview.body).toMatchObject({ title: 'Opened up (draft)', organization: null })

    // Publishing a lesson, or adding one, while the module's draft is pending takes the published organization.
    const republished = await api('PATCH', `/lessons/${course.lesson.id}`, { token: trainer.token, body: { title: 'Lesson, republished', _status: 'published' } })
    expect(republished.status, republished.text).toBe(200)
    const added = await api('POST', '/lessons', {
      token: trainer.token,
      body: { title: 'Added lesson', slug: uniqueSlug('lesson'), module: course.module.id, order: 2, _status: 'published' },
    })
    expect(added.status, added.text).toBe(201)
    const addedLesson = added.body.doc as Lesson
    expect(await rowOrganizations(payload, course, addedLesson)).toMatchObject({ lesson: b.organization.id })
    expect(await reach(a.learner.token, course)).toEqual(SHUT)
    expect((await api('GET', `/lessons/${addedLesson.id}`, { token: a.learner.token })).status).toBe(404)

    // Publishing the draft applies it.
    const published = await publish(trainer, course, { organization: null })
    expect(published.status, published.text).toBe(200)
    expect(await rowOrganizations(payload, course, addedLesson)).toEqual({ module: null, lesson: null, quiz: null })
    expect(await reach(a.learner.token, course)).toEqual(OPEN)
    expect((await api('GET', `/lessons/${addedLesson.id}`, { token: a.learner.token })).status).toBe(200)
  })

  it('a draft that makes a shared module private leaves it shared until it is published', async () => {
    const course = await createCourse(payload)
    expect(await reach(a.learner.token, course)).toEqual(OPEN)

    const draft = await saveDraft(trainer, course, { organization: b.organization.id })
    expect(draft.status, draft.text).toBe(200)
    expect(await rowOrganizations(payload, course)).toEqual({ module: null, lesson: null, quiz: null })
    expect(await reach(a.learner.token, course)).toEqual(OPEN)

    // A second draft, then publishing: the previous document is that draft, which already has B's organization.
    expect((await saveDraft(trainer, course, { organization: b.organization.id, title: 'Second draft' })).status).toBe(200)
    const published = await publish(trainer, course, { organization: b.organization.id })
    expect(published.status, published.text).toBe(200)
    expect(await rowOrganizations(payload, course)).toEqual({ module: b.organization.id, lesson: b.organization.id, quiz: b.organization.id })
    expect(await reach(a.learner.token, course)).toEqual(SHUT)
    expect((await api('GET', `/quizzes/${course.quiz.id}`, { token: b.learner.token })).status).toBe(200)
  })

  it("a draft that moves a private module to another organization leaves it with the first until it is published", async () => {
    const course = await createCourse(payload)
    await publish(trainer, course, { organization: a.organization.id })
    expect(await reach(b.learner.token, course)).toEqual(SHUT)

    expect((await saveDraft(trainer, course, { organization: b.organization.id })).status).toBe(200)
    expect(await reach(b.learner.token, course)).toEqual(SHUT)
    expect((await api('GET', `/lessons/${course.lesson.id}`, { token: a.learner.token })).status).toBe(200)

    // Unpublishing is a real save of the main row, not a draft: the module's organization follows it.
    const unpublished = await api('PATCH', `/modules/${course.module.id}`, {
      token: trainer.token,
      body: { _status: 'draft', organization: b.organization.id },
    })
    expect(unpublished.status, unpublished.text).toBe(200)
    expect(await rowOrganizations(payload, course)).toEqual({ module: b.organization.id, lesson: b.organization.id, quiz: b.organization.id })
    expect((await api('GET', `/lessons/${course.lesson.id}`, { token: a.learner.token })).status).toBe(404)
  })

  it("the release's data migration gives lessons and quizzes that an earlier draft exposed their published module's organization back", async () => {
    const course = await createCourse(payload)
    await publish(trainer, course, { organization: b.organization.id })
    // What the old hook left behind: the draft's organization (none) on the published lesson and quiz.
    await pgPool(payload).query('update lessons set organization_id = null where id = $1', [course.lesson.id])
    await pgPool(payload).query('update quizzes set organization_id = $1 where id = $2', [a.organization.id, course.quiz.id])
    expect((await api('GET', `/lessons/${course.lesson.id}`, { token: a.learner.token })).status).toBe(200)

    await repairCurriculumOrganizations({ db: payload.db.drizzle, payload, req: {} } as never)
    expect(await rowOrganizations(payload, course)).toEqual({ module: b.organization.id, lesson: b.organization.id, quiz: b.organization.id })
    expect(await reach(a.learner.token, course)).toEqual(SHUT)
  })
})
