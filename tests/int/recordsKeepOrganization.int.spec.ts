import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, gql, login } from '../helpers/api'
import { completeCourse, createCourse, createUser, PASSWORD, studyLesson } from '../helpers/fixtures'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

/**
 * Learning records keep the organization they were made in: a learner moved
 * to another organization leaves the old one's records (a private quiz's
 * review among them) with the old organization's managers.
 */
describe('learning records keep the organization they were made in', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let privateA: Awaited<ReturnType<typeof createCourse>>
  let attemptId: number
  let certificateId: number
  let progressId: number

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Org A')
    b = await createTeam(payload, 'Org B')
    privateA = await createCourse(payload)
    await payload.update({ collection: 'modules', id: privateA.module.id, data: { organization: a.organization.id } })
    const submitted = await completeCourse(privateA, a.learner.token)
    expect(submitted.status).toBe(201)
    attemptId = submitted.body.attempt.id
    certificateId = submitted.body.certificate.id
    progressId = (await payload.find({ collection: 'progress', where: { user: { equals: a.learner.user.id } } })).docs[0].id
  })

  it('stamps progress, attempt and certificate with the learner’s organization, set by the server', async () => {
    for (const [collection, id] of [['progress', progressId], ['quiz-attempts', attemptId], ['certificates', certificateId]] as const) {
      const doc = await payload.findByID({ collection, id, depth: 0 })
      expect(doc.organization, collection).toBe(a.organization.id)
    }
    // No client writes it: not the learner, not the manager, and an admin's edit leaves it as it was made.
    for (const token of [a.learner.token, a.manager.token]) {
      expect((await api('PATCH', `/progress/${progressId}`, { token, body: { organization: b.organization.id } })).status).toBe(403)
      expect((await api('PATCH', `/quiz-attempts/${attemptId}`, { token, body: { organization: b.organization.id } })).status).toBe(403)
    }
    const admin = await createUser(payload, 'admin')
    await api('PATCH', `/certificates/${certificateId}`, { token: admin.token, body: { organization: b.organization.id, revokedReason: 'note' } })
    expect((await payload.findByID({ collection: 'certificates', id: certificateId, depth: 0 })).organization).toBe(a.organization.id)
  })

  it('before the move, the learner and A’s manager read the attempt’s review; B’s manager does not', async () => {
    expect((await api('GET', `/quiz-attempts/${attemptId}`, { token: a.learner.token })).body.review).toBeTruthy()
    expect((await api('GET', `/quiz-attempts/${attemptId}`, { token: a.manager.token })).body.review).toBeTruthy()
    expect([403, 404]).toContain((await api('GET', `/quiz-attempts/${attemptId}`, { token: b.manager.token })).status)
  })

  describe('after the learner moves from A to B', () => {
    let learnerToken: string

    beforeAll(async () => {
      await payload.update({ collection: 'users', id: a.learner.user.id, data: { organization: b.organization.id } })
      learnerToken = await login(a.learner.user.email, PASSWORD)
    })

    it('the learner no longer reads the private quiz’s attempt, its review or A’s progress, by id or in a list', async () => {
      for (const token of [learnerToken, a.learner.token]) {
        expect([403, 404]).toContain((await api('GET', `/quiz-attempts/${attemptId}`, { token })).status)
        expect([403, 404]).toContain((await api('GET', `/progress/${progressId}`, { token })).status)
        expect((await api('GET', '/quiz-attempts?limit=100', { token })).body.totalDocs).toBe(0)
        expect((await api('GET', '/progress?limit=100', { token })).body.totalDocs).toBe(0)
        const graph = await gql(`{ QuizAttempts { totalDocs } }`, { token })
        expect(graph.body.data.QuizAttempts.totalDocs).toBe(0)
      }
    })

    it('B’s manager cannot see it either; A’s manager still can', async () => {
      expect([403, 404]).toContain((await api('GET', `/quiz-attempts/${attemptId}`, { token: b.manager.token })).status)
      expect((await api('GET', `/quiz-attempts?where[user][equals]=${a.learner.user.id}`, { token: b.manager.token })).body.totalDocs).toBe(0)
      expect((await api('GET', `/progress?where[user][equals]=${a.learner.user.id}`, { token: b.manager.token })).body.totalDocs).toBe(0)
      const kept = await api('GET', `/quiz-attempts/${attemptId}`, { token: a.manager.token })
      expect(kept.status).toBe(200)
      expect(kept.body.review.score).toBe(100)
      expect((await api('GET', `/progress/${progressId}`, { token: a.manager.token })).status).toBe(200)
      expect((await api('GET', `/certificates/${certificateId}`, { token: a.manager.token })).status).toBe(200)
      expect([403, 404]).toContain((await api('GET', `/certificates/${certificateId}`, { token: b.manager.token })).status)
    })

    it('the learner keeps their own certificate (their credential), and what they do now belongs to B', async () => {
      expect((await api('GET', `/certificates/${certificateId}`, { token: learnerToken })).status).toBe(200)
      const shared = await createCourse(payload)
      expect((await studyLesson(learnerToken, shared.lesson.id)).status).toBe(200)
      const { docs } = await api('GET', `/progress?where[lesson][equals]=${shared.lesson.id}&depth=0`, { token: learnerToken }).then((r) => r.body)
      expect(docs).toHaveLength(1)
      expect(docs[0].organization).toBe(b.organization.id)
      expect((await api('GET', `/progress/${docs[0].id}`, { token: b.manager.token })).status).toBe(200)
      expect([403, 404]).toContain((await api('GET', `/progress/${docs[0].id}`, { token: a.manager.token })).status)
    })
  })
})
