import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { ExternalTraining, SupervisionSession } from '@/payload-types'

import { loadLearnerCertification } from '@/lib/certification/learnerCertification'
import { api, gql } from '../helpers/api'
import { completeCourse, createCourse, createUser } from '../helpers/fixtures'
import { asUser, createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\n%%EOF\n')
const LOCKED = /acknowledged and cannot be changed or deleted.*corrects it/i

/**
 * A learner's certification records: who may write them, who decides on them,
 * that acknowledged supervision never changes, and that no organization reads
 * another's.
 */
describe('certification records', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let credentialId: number

  const externalBody = (extra: Record<string, unknown> = {}) => ({
    credential: credentialId,
    domain: 'ethical-responsibility',
    provider: 'Recovery Academy',
    title: 'Boundaries and ethics in peer work',
    date: '2026-11-10',
    hours: 4,
    ...extra,
  })

  const auditCount = (organization: number, action: string) =>
    payload.count({ collection: 'audit-events', where: { and: [{ organization: { equals: organization } }, { action: { equals: action } }] } }).then((result) => result.totalDocs)

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Credentials A')
    b = await createTeam(payload, 'Credentials B')
    const found = await payload.find({ collection: 'credentials', where: { slug: { equals: 'icrc-peer-recovery' } }, limit: 1 })
    credentialId = found.docs[0].id
  })

  describe('training taken elsewhere', () => {
    it('a learner records their own, which waits for review in their organization', async () => {
      const created = await api('POST', '/external-trainings?depth=0', { token: a.learner.token, body: externalBody() })
      expect(created.status, created.text).toBe(201)
      expect(created.body.doc).toMatchObject({ status: 'pending', learner: a.learner.user.id, organization: a.organization.id })
    })

    it('a learner may not approve their own, record one as approved, or record one for someone else', async () => {
      const approvedOnCreate = await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody({ status: 'approved' }) })
      expect(approvedOnCreate.status).toBe(403)
      const forOther = await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody({ learner: b.learner.user.id }) })
      expect(forOther.status).toBe(403)
      const own = (await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody() })).body.doc as ExternalTraining
      const selfApproval = await api('PATCH', `/external-trainings/${own.id}`, { token: a.learner.token, body: { status: 'approved' } })
      expect(selfApproval.status).toBe(403)
      await expect(payload.update({ collection: 'external-trainings', id: own.id, data: { status: 'approved' }, ...asUser(a.learner.user) })).rejects.toMatchObject({ status: 403 })
      expect((await payload.findByID({ collection: 'external-trainings', id: own.id })).status).toBe('pending')
    })

    it('only a manager of the learner’s organization decides; a rejection needs a reason; each decision is audited', async () => {
      const own = (await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody() })).body.doc as ExternalTraining
      const otherManager = await api('PATCH', `/external-trainings/${own.id}`, { token: b.manager.token, body: { status: 'approved' } })
      expect([403, 404]).toContain(otherManager.status)
      expect((await payload.findByID({ collection: 'external-trainings', id: own.id })).status).toBe('pending')

      const noReason = await api('PATCH', `/external-trainings/${own.id}`, { token: a.manager.token, body: { status: 'rejected' } })
      expect(noReason.status).toBe(400)
      expect(noReason.body.error).toBeTruthy()

      const rejectedBefore = await auditCount(a.organization.id, 'external-training.rejected')
      const rejected = await api('PATCH', `/external-trainings/${own.id}`, { token: a.manager.token, body: { status: 'rejected', decisionReason: 'The certificate does not show the hours.' } })
      expect(rejected.status, rejected.text).toBe(200)
      expect(rejected.body.doc).toMatchObject({ status: 'rejected', decidedBy: expect.anything() })
      expect(await auditCount(a.organization.id, 'external-training.rejected')).toBe(rejectedBefore + 1)

      // Decided: the learner can no longer change it.
      const edit = await api('PATCH', `/external-trainings/${own.id}`, { token: a.learner.token, body: { hours: 40 } })
      expect([403, 404]).toContain(edit.status)

      const approvedBefore = await auditCount(a.organization.id, 'external-training.approved')
      const second = (await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody() })).body.doc as ExternalTraining
      const approved = await api('PATCH', `/external-trainings/${second.id}`, { token: a.manager.token, body: { status: 'approved' } })
      expect(approved.status, approved.text).toBe(200)
      expect(await auditCount(a.organization.id, 'external-training.approved')).toBe(approvedBefore + 1)
      expect(await auditCount(b.organization.id, 'external-training.approved')).toBe(0)
    })

    it("refuses a domain the credential does not have, and another learner's certificate upload", async () => {
      const domain = await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody({ domain: 'juggling' }) })
      expect(domain.status).toBe(400)
      const upload = await payload.create({ collection: 'training-certificates', data: { learner: b.learner.user.id } as never, file: { data: PDF, mimetype: 'application/pdf', name: 'b.pdf', size: PDF.length } })
      const foreign = await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody({ certificate: upload.id }) })
      expect(foreign.status).toBe(400)
      const mine = await payload.create({ collection: 'training-certificates', data: { learner: a.learner.user.id } as never, file: { data: PDF, mimetype: 'application/pdf', name: 'a.pdf', size: PDF.length } })
      const attached = await api('POST', '/external-trainings', { token: a.learner.token, body: externalBody({ certificate: mine.id }) })
      expect(attached.status, attached.text).toBe(201)
      expect([403, 404]).toContain((await api('GET', `/training-certificates/${mine.id}`, { token: b.manager.token })).status)
      expect((await api('GET', `/training-certificates/${mine.id}`, { token: a.manager.token })).status).toBe(200)
    })
  })

  describe('experience log', () => {
    it('a learner logs hours; the week they fall in is stored for weekly review; only their manager approves', async () => {
      const logged = await api('POST', '/experience-logs', { token: a.learner.token, body: { date: '2026-11-26', hours: 6, setting: 'Drop-in center', paid: true, withSimilarPeers: true } })
      expect(logged.status, logged.text).toBe(201)
      expect(String(logged.body.doc.weekOf).slice(0, 10)).toBe('2026-11-23')
      const id = logged.body.doc.id
      expect((await api('PATCH', `/experience-logs/${id}`, { token: a.learner.token, body: { status: 'approved' } })).status).toBe(403)
      expect([403, 404]).toContain((await api('PATCH', `/experience-logs/${id}`, { token: b.manager.token, body: { status: 'approved' } })).status)

      const week = await api('GET', `/experience-logs?where[weekOf][equals]=2026-11-23&where[status][equals]=pending&depth=0`, { token: a.manager.token })
      expect(week.body.docs.map((doc: { id: number }) => doc.id)).toContain(id)
      const before = await auditCount(a.organization.id, 'experience.approved')
      const approved = await api('PATCH', `/experience-logs/${id}`, { token: a.manager.token, body: { status: 'approved' } })
      expect(approved.status, approved.text).toBe(200)
      expect(await auditCount(a.organization.id, 'experience.approved')).toBe(before + 1)
    })
  })

  describe('supervision log', () => {
    let entry: SupervisionSession

    const record = (team: Team, extra: Record<string, unknown> = {}) =>
      api('POST', '/supervision-sessions?depth=0', {
        token: team.manager.token,
        body: { learner: team.learner.user.id, date: '2026-11-24', durationMinutes: 60, format: 'individual', mode: 'remote', topics: ['skill-building'], notes: 'Practised reflective listening.', ...extra },
      })

    beforeAll(async () => {
      const created = await record(a)
      expect(created.status, created.text).toBe(201)
      entry = created.body.doc
    })

    it('is recorded by a manager of the learner’s organization, who is the supervisor; not by learners or for other organizations', async () => {
      expect(entry).toMatchObject({ supervisor: a.manager.user.id, organization: a.organization.id, acknowledged: false })
      expect(await auditCount(a.organization.id, 'supervision.recorded')).toBeGreaterThan(0)
      const byLearner = await api('POST', '/supervision-sessions', { token: a.learner.token, body: { learner: a.learner.user.id, date: '2026-11-24', durationMinutes: 60 } })
      expect(byLearner.status).toBe(403)
      const intoB = await api('POST', '/supervision-sessions', { token: a.manager.token, body: { learner: b.learner.user.id, date: '2026-11-24', durationMinutes: 60 } })
      expect(intoB.status).toBe(400)
    })

    it('only the learner acknowledges, and only that: not the supervisor, not by changing the entry', async () => {
      expect((await api('PATCH', `/supervision-sessions/${entry.id}`, { token: a.manager.token, body: { acknowledged: true } })).status).toBe(403)
      expect((await api('PATCH', `/supervision-sessions/${entry.id}`, { token: a.learner.token, body: { durationMinutes: 120 } })).status).toBe(403)
      expect((await api('PATCH', `/supervision-sessions/${entry.id}`, { token: a.learner.token, body: { acknowledged: true, durationMinutes: 120 } })).status).toBe(403)
      const other = await createUser(payload, 'learner', { organization: a.organization.id })
      expect([403, 404]).toContain((await api('PATCH', `/supervision-sessions/${entry.id}`, { token: other.token, body: { acknowledged: true } })).status)

      const acknowledged = await api('PATCH', `/supervision-sessions/${entry.id}`, { token: a.learner.token, body: { acknowledged: true } })
      expect(acknowledged.status, acknowledged.text).toBe(200)
      expect(acknowledged.body.doc).toMatchObject({ acknowledged: true, durationMinutes: 60 })
      expect(acknowledged.body.doc.acknowledgedAt).toBeTruthy()
      expect(await auditCount(a.organization.id, 'supervision.acknowledged')).toBe(1)
    })

    it('once acknowledged it is immutable through REST and the Local API (409 with a clear message)', async () => {
      for (const [token, body] of [
        [a.manager.token, { notes: 'Rewritten' }],
        [a.learner.token, { acknowledged: true }],
      ] as const) {
        const refused = await api('PATCH', `/supervision-sessions/${entry.id}`, { token, body })
        expect(refused.status, refused.text).toBe(409)
        expect(refused.body.error).toMatch(LOCKED)
      }
      const removed = await api('DELETE', `/supervision-sessions/${entry.id}`, { token: a.manager.token })
      expect(removed.status).toBe(409)
      expect(removed.body.error).toMatch(LOCKED)
      await expect(payload.update({ collection: 'supervision-sessions', id: entry.id, data: { durationMinutes: 30 }, ...asUser(a.manager.user) })).rejects.toMatchObject({ status: 409 })
      await expect(payload.delete({ collection: 'supervision-sessions', id: entry.id, ...asUser(a.manager.user) })).rejects.toMatchObject({ status: 409 })
      const admin = await createUser(payload, 'admin')
      expect((await api('PATCH', `/supervision-sessions/${entry.id}`, { token: admin.token, body: { notes: 'Admin edit' } })).status).toBe(409)
      const stored = await payload.findByID({ collection: 'supervision-sessions', id: entry.id })
      expect(stored).toMatchObject({ durationMinutes: 60, notes: 'Practised reflective listening.' })
    })

    it('a correction is a new entry that refers to the original, for the same learner only', async () => {
      const correction = await record(a, { durationMinutes: 90, corrects: entry.id, notes: 'The session ran 90 minutes.' })
      expect(correction.status, correction.text).toBe(201)
      expect(correction.body.doc.corrects).toBe(entry.id)
      const bEntry = (await record(b)).body.doc as SupervisionSession
      const crossed = await record(a, { corrects: bEntry.id })
      expect(crossed.status).toBe(400)
      // Not acknowledged yet, so the supervisor may still fix or withdraw it.
      expect((await api('DELETE', `/supervision-sessions/${correction.body.doc.id}`, { token: a.manager.token })).status).toBe(200)
    })
  })

  describe('isolation between organizations', () => {
    beforeAll(async () => {
      await api('POST', '/held-credentials', { token: a.manager.token, body: { learner: a.learner.user.id, credential: credentialId } })
      await api('POST', '/experience-logs', { token: a.learner.token, body: { date: '2026-11-20', hours: 3, setting: 'Warmline' } })
    })

    const collections = ['external-trainings', 'experience-logs', 'supervision-sessions', 'held-credentials', 'training-certificates']

    it("B's manager and learner read none of A's records through REST, filters or depth", async () => {
      for (const token of [b.manager.token, b.learner.token]) {
        for (const collection of collections) {
          const all = await api('GET', `/${collection}?limit=500&depth=2`, { token })
          expect(all.status, collection).toBe(200)
          expect(all.body.docs.filter((doc: { organization: { id: number } }) => doc.organization?.id === a.organization.id), collection).toEqual([])
          const probe = await api('GET', `/${collection}?where[learner][equals]=${a.learner.user.id}`, { token })
          expect(probe.body.totalDocs, collection).toBe(0)
        }
      }
      const aSession = await payload.find({ collection: 'supervision-sessions', where: { organization: { equals: a.organization.id } }, limit: 1 })
      expect([403, 404]).toContain((await api('GET', `/supervision-sessions/${aSession.docs[0].id}?depth=2`, { token: b.manager.token })).status)
      // A's own people see A's records.
      expect((await api('GET', `/supervision-sessions?where[learner][equals]=${a.learner.user.id}`, { token: a.learner.token })).body.totalDocs).toBeGreaterThan(0)
    })

    // Within a manager's GraphQL bounds (src/http/graphqlBounds.ts: at most 100 documents per request).
    it("nor through GraphQL, nested relations included", async () => {
      const query = `{
        ExternalTrainings(limit: 40) { docs { id organization { id } learner { email } } }
        ExperienceLogs(limit: 5, where: { organization: { equals: ${a.organization.id} } }) { totalDocs }
        SupervisionSessions(limit: 40) { docs { organization { id } corrects { notes } } }
        HeldCredentials(limit: 5, where: { learner: { equals: ${a.learner.user.id} } }) { totalDocs }
      }`
      const graph = await gql(query, { token: b.manager.token })
      expect(graph.body.data, `${graph.status} ${graph.text}`).toBeDefined()
      expect(graph.body.errors, JSON.stringify(graph.body.errors)).toBeUndefined()
      expect(graph.body.data.ExternalTrainings.docs.every((doc: { organization: { id: number } }) => doc.organization.id === b.organization.id)).toBe(true)
      expect(graph.body.data.SupervisionSessions.docs.every((doc: { organization: { id: number } }) => doc.organization.id === b.organization.id)).toBe(true)
      expect(graph.body.data.ExperienceLogs.totalDocs).toBe(0)
      expect(graph.body.data.HeldCredentials.totalDocs).toBe(0)
      const own = await gql(`{ HeldCredentials(where: { learner: { equals: ${a.learner.user.id} } }) { totalDocs } }`, { token: a.manager.token })
      expect(own.body.data.HeldCredentials.totalDocs).toBe(1)
    })

    it("an organization's private credential stays private, and nobody chooses one they cannot read", async () => {
      const trainer = await createUser(payload, 'trainer')
      const created = await api('POST', '/credentials', {
        token: trainer.token,
        body: { name: 'B in-house credential', slug: `b-private-${Date.now()}`, board: 'B', jurisdiction: 'B', sourceUrl: 'https://example.org/', asOf: '2026-12-01', organization: b.organization.id, domains: [{ key: 'core', name: 'Core', hours: 5 }] },
      })
      expect(created.status, created.text).toBe(201)
      const id = created.body.doc.id
      expect((await api('GET', `/credentials/${id}`, { token: b.learner.token })).status).toBe(200)
      expect([403, 404]).toContain((await api('GET', `/credentials/${id}`, { token: a.manager.token })).status)
      expect((await api('POST', '/held-credentials', { token: a.learner.token, body: { credential: id } })).status).toBe(400)
      expect((await api('POST', '/credentials', { token: a.manager.token, body: { name: 'x', slug: 'x-x', board: 'x', jurisdiction: 'x', sourceUrl: 'https://x.org', asOf: '2026-12-01' } })).status).toBe(403)
    })
  })

  describe('My certification', () => {
    it('counts a module only with its certificate, naming the code, and approved outside training only', async () => {
      const team = await createTeam(payload, 'Credentials C')
      const course = await createCourse(payload)
      await payload.create({ collection: 'credit-mappings', data: { credential: credentialId, module: course.module.id, domain: 'advocacy', hours: 3 } })
      const chosen = await api('POST', '/held-credentials', { token: team.learner.token, body: { credential: credentialId } })
      expect(chosen.status, chosen.text).toBe(201)

      const before = await loadLearnerCertification(payload, team.learner.user, 'en')
      expect(before[0].progress.training.domains.find((domain) => domain.key === 'advocacy')?.counted).toBe(0)

      expect((await completeCourse(course, team.learner.token)).status).toBe(201)
      const certificate = (await payload.find({ collection: 'certificates', where: { user: { equals: team.learner.user.id } } })).docs[0]
      expect(certificate?.code).toBeTruthy()
      const approve = async (body: Record<string, unknown>, decision: Record<string, unknown>) => {
        const created = await api('POST', '/external-trainings?depth=0', { token: team.learner.token, body: externalBody(body) })
        await api('PATCH', `/external-trainings/${created.body.doc.id}`, { token: team.manager.token, body: decision })
      }
      await approve({ domain: 'mentoring-education', hours: 10 }, { status: 'approved' })
      await approve({ domain: 'mentoring-education', hours: 5, title: 'Unverified course' }, { status: 'rejected', decisionReason: 'No certificate attached.' })

      const [view] = await loadLearnerCertification(payload, team.learner.user, 'en')
      expect(view.credential.slug).toBe('icrc-peer-recovery')
      const advocacy = view.progress.training.domains.find((domain) => domain.key === 'advocacy')!
      expect(advocacy).toMatchObject({ counted: 3, remaining: 7 })
      expect(advocacy.sources).toEqual([expect.objectContaining({ kind: 'module', moduleId: course.module.id, certificateCode: certificate.code, hours: 3 })])
      expect(view.progress.training.domains.find((domain) => domain.key === 'mentoring-education')).toMatchObject({ counted: 10, met: true })
      expect(view.undecided).toEqual([{ title: 'Unverified course', hours: 5, status: 'rejected', reason: 'No certificate attached.' }])
      expect(view.progress.readyToApply).toBe(false)
      // Another organization's learner has nothing of this.
      expect(await loadLearnerCertification(payload, b.learner.user, 'en')).toEqual([])
    })
  })
})
