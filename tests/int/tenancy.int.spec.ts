import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Organization } from '@/payload-types'

import { api, gql } from '../helpers/api'
import { createCourse, createUser, studyLesson } from '../helpers/fixtures'
import { createOrganization } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

type Person = Awaited<ReturnType<typeof createUser>>


describe('a manager sees their own organization and nothing of another', () => {
  let payload: Payload
  let orgA: Organization
  let orgB: Organization
  let managerA: Person
  let learnerA: Person
  let learnerB: Person
  let course: Awaited<ReturnType<typeof createCourse>>

  beforeAll(async () => {
    payload = await testPayload()
    orgA = await createOrganization(payload, 'Organization A')
    orgB = await createOrganization(payload, 'Organization B')
    managerA = await createUser(payload, 'manager', { organization: orgA.id })
    learnerA = await createUser(payload, 'learner', { organization: orgA.id })
    learnerB = await createUser(payload, 'learner', { organization: orgB.id })
    course = await createCourse(payload)
    for (const learner of [learnerA, learnerB]) {
      await studyLesson(learner.token, course.lesson.id)
      await api('POST', '/quiz-attempts/submit', { token: learner.token, body: { quizId: course.quiz.id, answers: [] } })
    }
  })

  it('lists the people of organization A only', async () => {
    const { body } = await api('GET', '/users?limit=100', { token: managerA.token })
    const ids = body.docs.map((user: { id: number }) => user.id)
    expect(ids).toEqual(expect.arrayContaining([managerA.user.id, learnerA.user.id]))
    expect(ids).not.toContain(learnerB.user.id)
    const direct = await api('GET', `/users/${learnerB.user.id}`, { token: managerA.token })
    expect([403, 404]).toContain(direct.status)
  })

  it("reads A's progress and attempts, never B's, through REST and GraphQL", async () => {
    for (const collection of ['progress', 'quiz-attempts']) {
      const { body } = await api('GET', `/${collection}?limit=100&depth=0`, { token: managerA.token })
      const owners = new Set(body.docs.map((doc: { user: number }) => doc.user))
      expect(owners.has(learnerA.user.id), collection).toBe(true)
      expect(owners.has(learnerB.user.id), collection).toBe(false)
    }
    const graph = await gql(`{ Progresses(limit: 100) { docs { user { id email } } } }`, { token: managerA.token })
    const emails = graph.body.data.Progresses.docs.map((doc: { user: { email: string } }) => doc.user.email)
    expect(emails).toContain(learnerA.user.email)
    expect(emails).not.toContain(learnerB.user.email)
  })

  it('cannot use where filters on relationships as an oracle about B', async () => {
    const byOrganization = await api('GET', `/progress?where[user.organization][equals]=${orgB.id}`, { token: managerA.token })
    expect(byOrganization.body.totalDocs).toBe(0)
    const byEmail = await api('GET', `/quiz-attempts?where[user.email][equals]=${encodeURIComponent(learnerB.user.email)}`, {
      token: managerA.token,
    })
    expect(byEmail.body.totalDocs).toBe(0)
    const graph = await gql(`{ Users(where: { organization: { equals: ${orgB.id} } }) { totalDocs } }`, { token: managerA.token })
    expect(graph.body.data.Users.totalDocs).toBe(0)
  })

  it('cannot change the people of their organization, their role or organization', async () => {
    const response = await api('PATCH', `/users/${learnerA.user.id}`, { token: managerA.token, body: { name: 'Renamed', role: 'admin' } })
    expect(response.status).toBe(403)
    const self = await api('PATCH', `/users/${managerA.user.id}`, { token: managerA.token, body: { organization: orgB.id, role: 'admin' } })
    expect(self.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: managerA.user.id, depth: 0 })
    expect(stored.organization).toBe(orgA.id)
    expect(stored.role).toBe('manager')
  })

  it('a learner still sees only themself', async () => {
    const { body } = await api('GET', '/users?limit=100', { token: learnerA.token })
    expect(body.docs.map((user: { id: number }) => user.id)).toEqual([learnerA.user.id])
    const progress = await api('GET', '/progress?limit=100&depth=0', { token: learnerA.token })
    expect(new Set(progress.body.docs.map((doc: { user: number }) => doc.user))).toEqual(new Set([learnerA.user.id]))
  })
})
