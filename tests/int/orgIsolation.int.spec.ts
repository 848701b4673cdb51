import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cohort } from '@/payload-types'

import { GET as exportCsv } from '@/app/(site)/manage/export/csv/route'
import { loadDashboard } from '@/lib/org/dashboard'
import { inviteOne } from '@/lib/org/invitations'
import { api, gql } from '../helpers/api'
import { createCourse, createUser, studyLesson } from '../helpers/fixtures'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

const exportAs = (token: string, query = '') =>
  exportCsv(new Request(`http://localhost/manage/export/csv${query}`, { headers: { authorization: `JWT ${token}` } }))

describe('organizations are tenants: a manager of A reaches nothing of B', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let cohortB: Cohort
  let privateB: Awaited<ReturnType<typeof createCourse>>

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Isolation A')
    b = await createTeam(payload, 'Isolation B')
    cohortB = await payload.create({ collection: 'cohorts', data: { name: 'B hires', organization: b.organization.id } })
    privateB = await createCourse(payload)
    await payload.update({ collection: 'modules', id: privateB.module.id, data: { organization: b.organization.id } })
    await inviteOne(payload, b.manager.user, { name: 'Invitee of B', email: `invitee-b-${Date.now()}@test.peerpath.example` })
    await payload.create({
      collection: 'assignments',
      data: { organization: b.organization.id, learner: b.learner.user.id, module: privateB.module.id, dueDate: new Date(Date.now() + 86_400_000).toISOString() },
    })
    await studyLesson(b.learner.token, privateB.lesson.id)
  })

  it("keeps B's private module, its lessons and quiz from A's people, through REST and GraphQL", async () => {
    for (const token of [a.manager.token, a.learner.token]) {
      for (const [collection, id] of [['modules', privateB.module.id], ['lessons', privateB.lesson.id], ['quizzes', privateB.quiz.id]] as const) {
        const list = await api('GET', `/${collection}?limit=200&depth=0`, { token })
        expect(list.body.docs.map((doc: { id: number }) => doc.id), collection).not.toContain(id)
        expect([403, 404]).toContain((await api('GET', `/${collection}/${id}`, { token })).status)
      }
      const graph = await gql(`{ Modules(limit: 100, where: { organization: { equals: ${b.organization.id} } }) { totalDocs } }`, { token })
      expect(graph.body.data.Modules.totalDocs).toBe(0)
    }
    const own = await api('GET', `/modules/${privateB.module.id}`, { token: b.learner.token })
    expect(own.status).toBe(200)
  })

  it("does not let A's learner record progress on B's private lesson or take its quiz", async () => {
    const response = await api('POST', '/progress/track', { token: a.learner.token, body: { lessonId: privateB.lesson.id, event: 'view' } })
    expect(response.status).toBe(404)
    const submitted = await api('POST', '/quiz-attempts/submit', { token: a.learner.token, body: { quizId: privateB.quiz.id, answers: [] } })
    expect(submitted.status).toBe(404)
    expect((await payload.count({ collection: 'quiz-attempts', where: { user: { equals: a.learner.user.id } } })).totalDocs).toBe(0)
    const own = await api('POST', '/quiz-attempts/submit', { token: b.learner.token, body: { quizId: privateB.quiz.id, answers: [] } })
    expect(own.status).toBe(201)
  })

  it("refuses assignments that reach into B, and writes nothing", async () => {
    const before = await payload.count({ collection: 'assignments' })
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString()
    const attempts = [
      { learner: b.learner.user.id, module: privateB.module.id },
      { learner: b.learner.user.id, module: privateB.module.id, organization: a.organization.id },
      { cohort: cohortB.id, module: privateB.module.id },
      { learner: a.learner.user.id, module: privateB.module.id },
    ]
    for (const data of attempts) {
      const response = await api('POST', '/assignments', { token: a.manager.token, body: { ...data, dueDate: due } })
      expect(response.status, JSON.stringify(data)).toBe(400)
      expect(response.body.error).toBeTruthy()
    }
    const intoB = await api('POST', '/assignments', {
      token: a.manager.token,
      body: { organization: b.organization.id, learner: b.learner.user.id, module: privateB.module.id, dueDate: due },
    })
    expect(intoB.status).toBe(403)
    expect((await payload.count({ collection: 'assignments' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses invitations into B', async () => {
    const response = await api('POST', '/invitations', {
      token: a.manager.token,
      body: { organization: b.organization.id, email: 'sneaky@test.peerpath.example', name: 'Sneaky' },
    })
    expect(response.status).toBe(403)
    const cohort = await api('POST', '/invitations', {
      token: a.manager.token,
      body: { email: 'sneaky2@test.peerpath.example', name: 'Sneaky', cohort: cohortB.id },
    })
    expect(cohort.status).toBe(400)
    expect((await payload.count({ collection: 'invitations', where: { email: { like: 'sneaky' } } })).totalDocs).toBe(0)
  })

  it("reads none of B's cohorts, assignments, invitations or audit events, and filters are no oracle", async () => {
    for (const collection of ['cohorts', 'assignments', 'invitations', 'audit-events']) {
      const all = await api('GET', `/${collection}?limit=500&depth=0`, { token: a.manager.token })
      expect(all.status, collection).toBe(200)
      expect(all.body.docs.every((doc: { organization: number }) => doc.organization === a.organization.id), collection).toBe(true)
      const probe = await api('GET', `/${collection}?where[organization][equals]=${b.organization.id}`, { token: a.manager.token })
      expect(probe.body.totalDocs, collection).toBe(0)
    }
    const byEmail = await api('GET', `/assignments?where[learner.email][equals]=${encodeURIComponent(b.learner.user.email)}`, { token: a.manager.token })
    expect(byEmail.body.totalDocs).toBe(0)
    const graph = await gql(
      `{ Assignments(where: { learner: { equals: ${b.learner.user.id} } }) { totalDocs } Cohorts(where: { name: { equals: "B hires" } }) { totalDocs } }`,
      { token: a.manager.token },
    )
    expect(graph.body.data.Assignments.totalDocs).toBe(0)
    expect(graph.body.data.Cohorts.totalDocs).toBe(0)
  })

  it('never exposes invitation token hashes, even to admins, nor lets anyone query by them', async () => {
    const admin = await createUser(payload, 'admin')
    const list = await api('GET', '/invitations?limit=10&depth=0', { token: admin.token })
    expect(list.body.docs.length).toBeGreaterThan(0)
    for (const doc of list.body.docs) expect(doc).not.toHaveProperty('tokenHash')
    const probe = await api('GET', '/invitations?where[tokenHash][exists]=true', { token: b.manager.token })
    expect(probe.body.totalDocs ?? 0).toBe(0)
  })

  it('lets nobody write the audit log through the API', async () => {
    const [event] = (await api('GET', '/audit-events?limit=1', { token: b.manager.token })).body.docs
    expect(event).toBeTruthy()
    expect((await api('POST', '/audit-events', { token: b.manager.token, body: { action: 'report.exported', summary: 'forged' } })).status).toBe(403)
    expect((await api('PATCH', `/audit-events/${event.id}`, { token: b.manager.token, body: { summary: 'changed' } })).status).toBe(403)
    expect((await api('DELETE', `/audit-events/${event.id}`, { token: b.manager.token })).status).toBe(403)
  })

  it("keeps B's learners out of A's dashboard and export", async () => {
    const dashboard = await loadDashboard(payload, a.organization.id, 'en')
    const ids = dashboard.learners.map((row) => row.id)
    expect(ids).toContain(a.learner.user.id)
    expect(ids).not.toContain(b.learner.user.id)
    const csv = await (await exportAs(a.manager.token)).text()
    expect(csv).toContain(a.learner.user.email)
    expect(csv).not.toContain(b.learner.user.email)
    // Filtering on B's cohort from A's export yields nobody rather than B's people.
    const filtered = await (await exportAs(a.manager.token, `?cohort=${cohortB.id}`)).text()
    expect(filtered).not.toContain(b.learner.user.email)
  })

  it('answers the export with JSON errors for strangers and bad filters', async () => {
    expect((await exportCsv(new Request('http://localhost/manage/export/csv'))).status).toBe(401)
    const learner = await exportAs(a.learner.token)
    expect(learner.status).toBe(403)
    expect(await learner.json()).toHaveProperty('error')
    const bad = await exportAs(a.manager.token, '?status=everything')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toBeTruthy()
  })
})
