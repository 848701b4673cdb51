import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { pgPool } from '@/lib/db'
import { acceptInvitation, inviteFromCsv, inviteOne } from '@/lib/org/invitations'
import { assignedDueDates } from '@/lib/progress/learnerRecords'
import { api } from '../helpers/api'
import { createCourse, createUser, PASSWORD } from '../helpers/fixtures'
import { createTeam, invitationTokenFor, type Team } from '../helpers/organizations'
import { testPayload, uniqueEmail } from '../helpers/payload'

const DAY = 86_400_000

describe('invitations', () => {
  let payload: Payload
  let team: Team

  beforeAll(async () => {
    payload = await testPayload()
    team = await createTeam(payload, 'Invitations Org')
  })

  it('sends a single-use link that creates a learner in the organization', async () => {
    const email = uniqueEmail('invitee')
    expect(await inviteOne(payload, team.manager.user, { name: 'Ana Invitee', email })).toBe('invited')
    const token = invitationTokenFor(email)
    const stored = await pgPool(payload).query('select token_hash from invitations where email = $1', [email])
    expect(stored.rows[0].token_hash).not.toContain(token)

    const accepted = await acceptInvitation(payload, { token, name: 'Ana Invitee', password: PASSWORD })
    expect(accepted).toEqual({ ok: true, email })
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ role: 'learner', organization: team.organization.id })
    expect((await api('POST', '/users/login', { body: { email, password: PASSWORD } })).status).toBe(200)

    expect(await acceptInvitation(payload, { token, name: 'Again', password: 'another-password-1' })).toEqual({ ok: false, reason: 'used' })
  })

  it('refuses forged and expired tokens', async () => {
    expect(await acceptInvitation(payload, { token: 'x'.repeat(43), name: 'Forger', password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' })
    const email = uniqueEmail('late')
    await inviteOne(payload, team.manager.user, { name: 'Late Person', email })
    await pgPool(payload).query(`update invitations set expires_at = now() - interval '1 minute' where email = $1`, [email])
    expect(await acceptInvitation(payload, { token: invitationTokenFor(email), name: 'Late', password: PASSWORD })).toEqual({ ok: false, reason: 'expired' })
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('accepts one of two simultaneous uses of the same link', async () => {
    const email = uniqueEmail('race')
    await inviteOne(payload, team.manager.user, { name: 'Race Person', email })
    const token = invitationTokenFor(email)
    const results = await Promise.all([1, 2].map(() => acceptInvitation(payload, { token, name: 'Race', password: PASSWORD })))
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(1)
  })

  it('re-inviting re-sends with a new link instead of duplicating, and skips existing members', async () => {
    const email = uniqueEmail('twice')
    await inviteOne(payload, team.manager.user, { name: 'Twice Person', email })
    const first = invitationTokenFor(email)
    await inviteOne(payload, team.manager.user, { name: 'Twice Person', email: email.toUpperCase() })
    const second = invitationTokenFor(email)
    expect(second).not.toBe(first)
    expect((await payload.count({ collection: 'invitations', where: { email: { equals: email } } })).totalDocs).toBe(1)
    expect(await acceptInvitation(payload, { token: first, name: 'Old link', password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' })
    expect((await acceptInvitation(payload, { token: second, name: 'Twice', password: PASSWORD })).ok).toBe(true)
    expect(await inviteOne(payload, team.manager.user, { name: 'Twice Person', email })).toBe('already-member')
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(1)
  })

  it("gives the same answer for another organization's member and never moves them", async () => {
    const other = await createTeam(payload, 'Other Org')
    expect(await inviteOne(payload, team.manager.user, { name: 'Someone', email: other.learner.user.email })).toBe('invited')
    const result = await acceptInvitation(payload, { token: invitationTokenFor(other.learner.user.email), name: 'Someone', password: PASSWORD })
    expect(result).toEqual({ ok: false, reason: 'other-organization' })
    const stored = await payload.findByID({ collection: 'users', id: other.learner.user.id, depth: 0 })
    expect(stored.organization).toBe(other.organization.id)
  })

  it('invites the good rows of a CSV and reports the bad one by line', async () => {
    const stamp = Date.now().toString(36)
    const csv = [
      'name,email,cohort',
      `José Núñez,jose-${stamp}@test.peerpath.example,Spring ${stamp}`,
      `María Peña,maria-${stamp}@test.peerpath.example,Spring ${stamp}`,
      `Bad Row,not-an-email,Spring ${stamp}`,
      `Kim Lee,kim-${stamp}@test.peerpath.example,`,
      `Sam Ortiz,sam-${stamp}@test.peerpath.example,Spring ${stamp}`,
      `Alex Diaz,alex-${stamp}@test.peerpath.example,Spring ${stamp}`,
    ].join('\n')
    const report = await inviteFromCsv(payload, team.manager.user, csv)
    expect(report.invited).toBe(5)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0].line).toBe(4)
    expect(report.errors[0].reason).toMatch(/email/i)
    const cohort = await payload.find({ collection: 'cohorts', where: { name: { equals: `Spring ${stamp}` } }, depth: 0 })
    expect(cohort.docs).toHaveLength(1)
    expect((await payload.count({ collection: 'invitations', where: { cohort: { equals: cohort.docs[0].id } } })).totalDocs).toBe(4)
  })
})

describe('cohorts and assignments', () => {
  let payload: Payload
  let team: Team
  let course: Awaited<ReturnType<typeof createCourse>>

  beforeAll(async () => {
    payload = await testPayload()
    team = await createTeam(payload, 'Assignments Org')
    course = await createCourse(payload)
  })

  it('gives new cohort members the cohort’s assignments, with due dates, and shows them only to them', async () => {
    const cohort = await payload.create({ collection: 'cohorts', data: { name: 'March 2027 new hires', organization: team.organization.id }, overrideAccess: false, user: team.manager.user })
    const path = await payload.create({ collection: 'paths', data: { title: 'Test path', slug: `path-${Date.now()}`, modules: [course.module.id] } })
    const due = new Date(Date.now() + 30 * DAY).toISOString()
    const created = await api('POST', '/assignments?depth=0', { token: team.manager.token, body: { cohort: cohort.id, path: path.id, dueDate: due } })
    expect(created.status).toBe(201)
    expect(created.body.doc.organization).toBe(team.organization.id)

    const email = uniqueEmail('newhire')
    await inviteOne(payload, team.manager.user, { name: 'New Hire', email, cohortId: cohort.id })
    await acceptInvitation(payload, { token: invitationTokenFor(email), name: 'New Hire', password: PASSWORD })
    const newHire = (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]
    expect(newHire.cohort).toBe(cohort.id)
    const dueDates = await assignedDueDates(payload, newHire)
    expect(dueDates.get(course.module.id)).toBe(due)

    // The team's other learner is not in the cohort and sees nothing.
    expect((await assignedDueDates(payload, team.learner.user)).size).toBe(0)
    const theirs = await api('GET', '/assignments', { token: team.learner.token })
    expect(theirs.body.totalDocs).toBe(0)
  })

  it('requires exactly one target and one piece of training', async () => {
    const due = new Date(Date.now() + DAY).toISOString()
    const neither = await api('POST', '/assignments', { token: team.manager.token, body: { module: course.module.id, dueDate: due } })
    expect(neither.status).toBe(400)
    const both = await api('POST', '/assignments', {
      token: team.manager.token,
      body: { learner: team.learner.user.id, module: course.module.id, path: 1, dueDate: due },
    })
    expect(both.status).toBe(400)
  })

  it('lets learners neither assign nor invite', async () => {
    const due = new Date(Date.now() + DAY).toISOString()
    expect((await api('POST', '/assignments', { token: team.learner.token, body: { learner: team.learner.user.id, module: course.module.id, dueDate: due } })).status).toBe(403)
    expect((await api('POST', '/invitations', { token: team.learner.token, body: { email: 'x@test.peerpath.example', name: 'X' } })).status).toBe(403)
    expect((await api('POST', '/cohorts', { token: team.learner.token, body: { name: 'Mine' } })).status).toBe(403)
  })

  it('logs assignment changes and role changes in the audit log', async () => {
    const promoted = await createUser(payload, 'learner', { organization: team.organization.id })
    await payload.update({ collection: 'users', id: promoted.user.id, data: { role: 'manager' } })
    const log = await api('GET', '/audit-events?limit=100', { token: team.manager.token })
    const actions = log.body.docs.map((event: { action: string }) => event.action)
    expect(actions).toEqual(expect.arrayContaining(['assignment.created', 'cohort.created', 'invitation.sent', 'invitation.accepted', 'user.role-changed']))
  })
})

describe('readiness self-assessment', () => {
  let payload: Payload
  let team: Team

  beforeAll(async () => {
    payload = await testPayload()
    team = await createTeam(payload, 'Readiness Org')
  })

  it('scores on the server and keeps history for the organization only', async () => {
    const { READINESS_STATEMENT_IDS } = await import('@/lib/readiness/questionnaire')
    const answers = Object.fromEntries(READINESS_STATEMENT_IDS.map((id, index) => [id, index < 3 ? 1 : 4]))
    const created = await api('POST', '/readiness-assessments', { token: team.manager.token, body: { answers, overall: 100, scores: [] } })
    expect(created.status).toBe(201)
    expect(created.body.doc.overall).toBeLessThan(100)
    expect(created.body.doc.scores.find((area: { id: string }) => area.id === 'leadership').score).toBe(0)

    const incomplete = await api('POST', '/readiness-assessments', { token: team.manager.token, body: { answers: { [READINESS_STATEMENT_IDS[0]]: 9 } } })
    expect(incomplete.status).toBe(400)

    const stranger = await createTeam(payload, 'Nosy Org')
    const theirs = await api('GET', '/readiness-assessments', { token: stranger.manager.token })
    expect(theirs.body.totalDocs).toBe(0)
    expect((await api('GET', '/readiness-assessments', { token: team.learner.token })).body.totalDocs ?? 0).toBe(0)
  })
})
