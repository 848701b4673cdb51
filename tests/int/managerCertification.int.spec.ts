import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { AuditEvent } from '@/payload-types'

import { GET as exportCertification } from '@/app/(site)/manage/export/certification/route'
import { GET as packetRoute } from '@/app/(site)/manage/learners/[id]/packet/route'
import { chooseCredentialFor, decideExperienceWeek, decideExternalTraining, recordSupervision, withdrawSupervision } from '@/lib/certification/managerCertification'
import { CredentialChoiceForm, SupervisionForm, SupervisionWithdrawForm, TrainingDecisionForm, WeekDecisionForm } from '@/lib/certification/managerForms'
import { byLearner, loadTeamStandings, supervisionDueList } from '@/lib/certification/teamCertification'
import { parseCsv } from '@/lib/csv/parse'
import { pgPool } from '@/lib/db'
import { addDays, isoDay, weekStart } from '@/lib/credentials/dates'
import { credentialStanding, supervisionDue } from '@/lib/credentials/standing'
import { filterLearners, readFilters } from '@/lib/org/filters'
import { loadDashboard } from '@/lib/org/dashboard'
import { api } from '../helpers/api'
import { listenForCacheTags } from '../helpers/cacheTags'
import { createUser } from '../helpers/fixtures'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'
import { countQueries } from '../helpers/queryCount'

const refusal = (work: Promise<unknown>) => work.then(() => 'done', (error: { code?: string }) => error.code)

/**
 * What a manager does for a learner's certification from /manage: every
 * action works for their own organization's learner, refuses another
 * organization's with 'not-found' and writes nothing, refuses bad input, and
 * leaves audit entries. Then the dashboard's standings and the CSV.
 */
describe('manager certification', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let icrc: number
  let texas: number

  const auditOf = async (organization: number, action: AuditEvent['action']) =>
    (await payload.find({ collection: 'audit-events', where: { and: [{ organization: { equals: organization } }, { action: { equals: action } }] }, sort: '-createdAt', depth: 0, limit: 50 })).docs
  const heldOf = async (learner: number) => (await payload.find({ collection: 'held-credentials', where: { learner: { equals: learner } }, depth: 0 })).docs
  const credentialId = async (slug: string) => (await payload.find({ collection: 'credentials', where: { slug: { equals: slug } }, limit: 1 })).docs[0].id

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Manager Certification A')
    b = await createTeam(payload, 'Manager Certification B')
    icrc = await credentialId('icrc-peer-recovery')
    texas = await credentialId('texas-mhps')
  })

  describe('choosing the credential a learner works toward', () => {
    it('starts one for their learner, changes it later, and audits both; another organization is refused and nothing is written', async () => {
      const { user: learner } = await createUser(payload, 'learner', { organization: a.organization.id, name: 'Rosa Díaz' })
      expect(await refusal(chooseCredentialFor(payload, b.manager.user, { learnerId: learner.id, credentialId: icrc }))).toBe('not-found')
      expect(await heldOf(learner.id)).toHaveLength(0)

      await chooseCredentialFor(payload, a.manager.user, { learnerId: learner.id, credentialId: icrc })
      expect(await heldOf(learner.id)).toMatchObject([{ credential: icrc, status: 'pursuing', organization: a.organization.id }])
      const [chosen] = await auditOf(a.organization.id, 'credential.chosen')
      expect(chosen).toMatchObject({ actor: a.manager.user.id, details: { user: learner.id, userName: 'Rosa Díaz', credential: icrc, previous: null } })

      expect(await refusal(chooseCredentialFor(payload, a.manager.user, { learnerId: learner.id, credentialId: icrc }))).toBe('conflict')
      await chooseCredentialFor(payload, a.manager.user, { learnerId: learner.id, credentialId: texas })
      const rows = await heldOf(learner.id)
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ credential: texas, status: 'pursuing' })
      expect((await auditOf(a.organization.id, 'credential.chosen'))[0]).toMatchObject({ details: { credential: texas, previous: icrc } })
      expect(await auditOf(b.organization.id, 'credential.chosen')).toHaveLength(0)
    })

    it('refuses a credential that does not exist and a person who is not a learner, writing nothing', async () => {
      const { user: learner } = await createUser(payload, 'learner', { organization: a.organization.id })
      expect(await refusal(chooseCredentialFor(payload, a.manager.user, { learnerId: learner.id, credentialId: 999_999 }))).toBe('not-found')
      expect(await refusal(chooseCredentialFor(payload, a.manager.user, { learnerId: a.manager.user.id, credentialId: icrc }))).toBe('invalid')
      expect(await heldOf(learner.id)).toHaveLength(0)
      expect(await heldOf(a.manager.user.id)).toHaveLength(0)
      expect(CredentialChoiceForm.safeParse({ learner: 'x', credential: icrc }).success).toBe(false)
    })
  })

  describe('training taken elsewhere', () => {
    const record = async (team: Team, title: string) => {
      const created = await api('POST', '/external-trainings?depth=0', {
        token: team.learner.token,
        body: { credential: icrc, domain: 'ethical-responsibility', provider: 'Recovery Academy', title, date: '2026-11-10', hours: 4 },
      })
      expect(created.status, created.text).toBe(201)
      return created.body.doc.id as number
    }
    const statusOf = async (id: number) => (await payload.findByID({ collection: 'external-trainings', id, depth: 0 })).status

    it('approves one and rejects another with its reason, audited; another organization and a rejection without a reason are refused', async () => {
      const approveMe = await record(a, 'Ethics in peer work')
      const rejectMe = await record(a, 'Unrelated webinar')

      expect(await refusal(decideExternalTraining(payload, b.manager.user, { id: approveMe, decision: 'approved' }))).toBe('not-found')
      expect(await refusal(decideExternalTraining(payload, a.manager.user, { id: rejectMe, decision: 'rejected', reason: '   ' }))).toBe('invalid')
      expect(await statusOf(approveMe)).toBe('pending')
      expect(await statusOf(rejectMe)).toBe('pending')

      const approvedBefore = (await auditOf(a.organization.id, 'external-training.approved')).length
      await decideExternalTraining(payload, a.manager.user, { id: approveMe, decision: 'approved' })
      await decideExternalTraining(payload, a.manager.user, { id: rejectMe, decision: 'rejected', reason: 'Not about peer support ethics' })
      expect(await payload.findByID({ collection: 'external-trainings', id: approveMe, depth: 0 })).toMatchObject({ status: 'approved', decidedBy: a.manager.user.id })
      expect(await payload.findByID({ collection: 'external-trainings', id: rejectMe, depth: 0 })).toMatchObject({ status: 'rejected', decisionReason: 'Not about peer support ethics' })
      expect(await auditOf(a.organization.id, 'external-training.approved')).toHaveLength(approvedBefore + 1)
      const [rejected] = await auditOf(a.organization.id, 'external-training.rejected')
      expect(rejected).toMatchObject({ actor: a.manager.user.id, details: { id: rejectMe, reason: 'Not about peer support ethics' } })

      expect(await refusal(decideExternalTraining(payload, a.manager.user, { id: approveMe, decision: 'rejected', reason: 'Changed my mind' }))).toBe('conflict')
      expect(await statusOf(approveMe)).toBe('approved')
      expect(TrainingDecisionForm.safeParse({ learner: 1, id: approveMe, decision: 'maybe' }).success).toBe(false)
      expect(TrainingDecisionForm.safeParse({ learner: 1, id: approveMe, decision: 'rejected', reason: 'x'.repeat(501) }).success).toBe(false)
    })
  })

  describe('work experience, week by week', () => {
    const log = (token: string, date: string, hours: number) => api('POST', '/experience-logs?depth=0', { token, body: { date, hours, setting: 'Peer center', paid: false, withSimilarPeers: true } })
    const entriesOf = async (learner: number) => (await payload.find({ collection: 'experience-logs', where: { learner: { equals: learner } }, sort: 'date', depth: 0 })).docs

    it('one action approves every entry of a week waiting for review, and only that week; rejecting needs a reason', async () => {
      // Monday 23 Nov 2026: two entries that week, one the week after.
      for (const [date, hours] of [['2026-11-23', 4], ['2026-11-27', 3], ['2026-12-01', 5]] as const) expect((await log(a.learner.token, date, hours)).status).toBe(201)

      expect(await refusal(decideExperienceWeek(payload, b.manager.user, { learnerId: a.learner.user.id, weekOf: '2026-11-25', decision: 'approved' }))).toBe('not-found')
      expect(await refusal(decideExperienceWeek(payload, a.manager.user, { learnerId: a.learner.user.id, weekOf: '2026-11-30', decision: 'rejected' }))).toBe('invalid')
      expect((await entriesOf(a.learner.user.id)).map((entry) => entry.status)).toEqual(['pending', 'pending', 'pending'])

      const before = (await auditOf(a.organization.id, 'experience.approved')).length
      // Any day of the week names it.
      expect(await decideExperienceWeek(payload, a.manager.user, { learnerId: a.learner.user.id, weekOf: '2026-11-25', decision: 'approved' })).toBe(2)
      expect((await entriesOf(a.learner.user.id)).map((entry) => entry.status)).toEqual(['approved', 'approved', 'pending'])
      expect(await auditOf(a.organization.id, 'experience.approved')).toHaveLength(before + 2)
      expect(await refusal(decideExperienceWeek(payload, a.manager.user, { learnerId: a.learner.user.id, weekOf: '2026-11-23', decision: 'approved' }))).toBe('not-found')

      expect(await decideExperienceWeek(payload, a.manager.user, { learnerId: a.learner.user.id, weekOf: '2026-11-30', decision: 'rejected', reason: 'These hours were logged twice' })).toBe(1)
      expect((await entriesOf(a.learner.user.id))[2]).toMatchObject({ status: 'rejected', decisionReason: 'These hours were logged twice' })
      expect((await auditOf(a.organization.id, 'experience.rejected'))[0]).toMatchObject({ details: { reason: 'These hours were logged twice' } })
      expect(WeekDecisionForm.safeParse({ learner: a.learner.user.id, weekOf: '30/11/2026', decision: 'approved' }).success).toBe(false)
    })
  })

  describe('supervision log', () => {
    const session = { date: '2026-11-24', durationMinutes: 60, format: 'individual', mode: 'remote', topics: ['skill-building', 'professional-growth'], notes: 'Practised reflective listening.' } as const

    it('records a session as the supervisor, refuses another organization, and records a correction of an acknowledged entry', async () => {
      const sessionsOf = async (learner: number) => (await payload.find({ collection: 'supervision-sessions', where: { learner: { equals: learner } }, depth: 0, sort: 'createdAt' })).docs
      expect(await refusal(recordSupervision(payload, b.manager.user, { learnerId: a.learner.user.id, ...session, topics: [...session.topics] }))).toBe('not-found')
      expect(await sessionsOf(a.learner.user.id)).toHaveLength(0)

      const recorded = await recordSupervision(payload, a.manager.user, { learnerId: a.learner.user.id, ...session, topics: [...session.topics] })
      expect(recorded).toMatchObject({ supervisor: a.manager.user.id, organization: a.organization.id, acknowledged: false, format: 'individual', mode: 'remote', topics: ['skill-building', 'professional-growth'] })
      expect((await auditOf(a.organization.id, 'supervision.recorded'))[0]).toMatchObject({ actor: a.manager.user.id, details: { id: recorded.id, corrects: null } })

      const acknowledged = await api('PATCH', `/supervision-sessions/${recorded.id}`, { token: a.learner.token, body: { acknowledged: true } })
      expect(acknowledged.status, acknowledged.text).toBe(200)

      const correction = await recordSupervision(payload, a.manager.user, { learnerId: a.learner.user.id, ...session, durationMinutes: 90, topics: ['skill-building'], corrects: recorded.id })
      expect(correction).toMatchObject({ corrects: recorded.id, durationMinutes: 90, acknowledged: false })
      expect((await auditOf(a.organization.id, 'supervision.recorded'))[0]).toMatchObject({ details: { id: correction.id, corrects: recorded.id } })
      // The acknowledged original is untouched.
      expect(await payload.findByID({ collection: 'supervision-sessions', id: recorded.id, depth: 0 })).toMatchObject({ durationMinutes: 60, acknowledged: true })

      // A correction must name an entry of the same learner.
      const { user: other } = await createUser(payload, 'learner', { organization: a.organization.id })
      expect(await refusal(recordSupervision(payload, a.manager.user, { learnerId: other.id, ...session, topics: [], corrects: recorded.id }))).toBe('invalid')
      expect(await sessionsOf(other.id)).toHaveLength(0)
    })

    it('withdraws an entry the learner has not acknowledged, audited; an acknowledged entry, another learner and another organization are refused', async () => {
      const { user: learner, token } = await createUser(payload, 'learner', { organization: a.organization.id })
      const exists = async (id: number) => Boolean(await payload.findByID({ collection: 'supervision-sessions', id, depth: 0, disableErrors: true }))
      const mistaken = await recordSupervision(payload, a.manager.user, { learnerId: learner.id, ...session, topics: [] })
      const kept = await recordSupervision(payload, a.manager.user, { learnerId: learner.id, ...session, date: '2026-11-17', topics: [] })
      expect((await api('PATCH', `/supervision-sessions/${kept.id}`, { token, body: { acknowledged: true } })).status).toBe(200)

      expect(await refusal(withdrawSupervision(payload, b.manager.user, { learnerId: learner.id, id: mistaken.id }))).toBe('not-found')
      // The entry must be this learner's: another learner's id in the form is not found.
      expect(await refusal(withdrawSupervision(payload, a.manager.user, { learnerId: a.learner.user.id, id: mistaken.id }))).toBe('not-found')
      expect(await refusal(withdrawSupervision(payload, a.manager.user, { learnerId: learner.id, id: kept.id }))).toBe('conflict')
      expect(await exists(mistaken.id)).toBe(true)
      expect(await exists(kept.id)).toBe(true)

      await withdrawSupervision(payload, a.manager.user, { learnerId: learner.id, id: mistaken.id })
      expect(await exists(mistaken.id)).toBe(false)
      expect(await exists(kept.id)).toBe(true)
      expect((await auditOf(a.organization.id, 'supervision.deleted'))[0]).toMatchObject({ actor: a.manager.user.id, details: { id: mistaken.id } })
      expect(await auditOf(b.organization.id, 'supervision.deleted')).toHaveLength(0)
      expect(SupervisionWithdrawForm.safeParse({ learner: String(learner.id), id: 'all' }).success).toBe(false)
    })

    it('refuses a malformed form before anything is written', () => {
      const form = { learner: '5', date: '2026-11-24', durationMinutes: '60', format: 'individual', mode: 'remote', topics: ['skill-building'] }
      expect(SupervisionForm.safeParse(form).success).toBe(true)
      expect(SupervisionForm.safeParse({ ...form, durationMinutes: '2' }).success).toBe(false)
      expect(SupervisionForm.safeParse({ ...form, topics: ['gossip'] }).success).toBe(false)
      expect(SupervisionForm.safeParse({ ...form, mode: 'telepathy' }).success).toBe(false)
      expect(SupervisionForm.safeParse({ ...form, date: 'yesterday' }).success).toBe(false)
    })
  })

  describe('standings', () => {
    const progress = (ready: boolean, supervision: Partial<{ cadence: 'none' | 'weekly' | 'monthly'; gaps: { start: string; end: string }[]; current: { start: string; end: string; covered: boolean } | null }> = {}) =>
      ({ readyToApply: ready, supervision: { cadence: 'none', gaps: [], current: null, ...supervision } }) as unknown as Parameters<typeof credentialStanding>[0]['progress']
    const renewal = (daysToExpiry: number) => ({ daysToExpiry }) as unknown as Parameters<typeof credentialStanding>[0]['renewal']

    it.each([
      ['ready to apply', { status: 'pursuing', progress: progress(true), renewal: null, overdueAssignments: 3 }, 'ready'],
      ['nothing overdue', { status: 'pursuing', progress: progress(false), renewal: null, overdueAssignments: 0 }, 'on-track'],
      ['an overdue module', { status: 'pursuing', progress: progress(false), renewal: null, overdueAssignments: 1 }, 'behind'],
      [
        'last week and this week without supervision',
        { status: 'pursuing', progress: progress(false, { cadence: 'weekly', gaps: [{ start: '2026-11-23', end: '2026-11-30' }], current: { start: '2026-11-30', end: '2026-12-07', covered: false } }), renewal: null, overdueAssignments: 0 },
        'behind',
      ],
      [
        'only this week without supervision so far',
        { status: 'pursuing', progress: progress(false, { cadence: 'weekly', gaps: [], current: { start: '2026-11-30', end: '2026-12-07', covered: false } }), renewal: null, overdueAssignments: 0 },
        'on-track',
      ],
      ['held, 91 days left', { status: 'held', progress: progress(false), renewal: renewal(91), overdueAssignments: 0 }, 'on-track'],
      ['held, 90 days left', { status: 'held', progress: progress(false), renewal: renewal(90), overdueAssignments: 0 }, 'expiring'],
      ['held and expired', { status: 'held', progress: progress(false), renewal: renewal(-3), overdueAssignments: 0 }, 'expiring'],
    ] as const)('%s', (_name, input, expected) => {
      expect(credentialStanding(input as Parameters<typeof credentialStanding>[0])).toBe(expected)
    })

    it('supervision is due when this period has none yet, overdue when the period before had none either', () => {
      const current = { start: '2026-11-30', end: '2026-12-07', covered: false }
      expect(supervisionDue({ cadence: 'none', gaps: [], current: null })).toBeNull()
      expect(supervisionDue({ cadence: 'weekly', gaps: [], current: { ...current, covered: true } })).toBeNull()
      expect(supervisionDue({ cadence: 'weekly', gaps: [], current })).toBe('due')
      expect(supervisionDue({ cadence: 'weekly', gaps: [{ start: '2026-11-16', end: '2026-11-23' }], current })).toBe('due')
      expect(supervisionDue({ cadence: 'weekly', gaps: [{ start: '2026-11-23', end: '2026-11-30' }], current })).toBe('overdue')
    })

    it("counts an organization's standings in a fixed number of reads, lists who is due for supervision, and filters the dashboard by standing", async () => {
      const team = await createTeam(payload, 'Standings Org')
      const outsider = await createTeam(payload, 'Standings Outsider')
      const thisMonday = isoDay(weekStart(new Date()))
      // Texas: weekly supervision while working toward it. One learner had none last week (overdue), one was supervised this week.
      const overdue = await createUser(payload, 'learner', { organization: team.organization.id, name: 'Overdue Learner' })
      const supervised = await createUser(payload, 'learner', { organization: team.organization.id, name: 'Supervised Learner' })
      const none = await createUser(payload, 'learner', { organization: team.organization.id, name: 'No Credential' })
      for (const learner of [overdue, supervised]) await chooseCredentialFor(payload, team.manager.user, { learnerId: learner.user.id, credentialId: texas })
      await chooseCredentialFor(payload, outsider.manager.user, { learnerId: outsider.learner.user.id, credentialId: texas })
      const heldRow = (await heldOf(overdue.user.id))[0]
      // Working toward it since two weeks ago, so last week is a whole week without supervision.
      await pgPool(payload).query('update held_credentials set created_at = $1 where id = $2', [addDays(thisMonday, -14), heldRow.id])
      await recordSupervision(payload, team.manager.user, { learnerId: supervised.user.id, date: thisMonday, durationMinutes: 60, format: 'group', mode: 'in-person', topics: [] })

      const small = await countQueries(() => loadTeamStandings(payload, team.organization.id, 'en'))
      const standings = small.result
      expect(standings.map((summary) => summary.learnerId).sort()).toEqual([overdue.user.id, supervised.user.id].sort())
      const of = byLearner(standings)
      expect(of.get(overdue.user.id)).toMatchObject([{ credentialId: texas, standing: 'behind', supervisionDue: 'overdue' }])
      expect(of.get(supervised.user.id)).toMatchObject([{ credentialId: texas, standing: 'on-track', supervisionDue: null }])
      expect(supervisionDueList(standings).map((summary) => summary.learnerId)).toEqual([overdue.user.id])

      // More learners, same number of reads.
      for (let i = 0; i < 3; i++) {
        const extra = await createUser(payload, 'learner', { organization: team.organization.id })
        await chooseCredentialFor(payload, team.manager.user, { learnerId: extra.user.id, credentialId: icrc })
      }
      const larger = await countQueries(() => loadTeamStandings(payload, team.organization.id, 'en'))
      expect(larger.result).toHaveLength(5)
      expect(larger.queries, larger.statements.join('\n---\n')).toBe(small.queries)

      const dashboard = await loadDashboard(payload, team.organization.id, 'en')
      const standingsOf = (id: number) => (of.get(id) ?? []).map((summary) => summary.standing)
      expect(filterLearners(dashboard.learners, readFilters({ standing: 'behind' }), standingsOf).map((row) => row.id)).toEqual([overdue.user.id])
      expect(filterLearners(dashboard.learners, readFilters({ standing: 'on-track' }), standingsOf).map((row) => row.id)).toEqual([supervised.user.id])
      expect(filterLearners(dashboard.learners, readFilters({ standing: 'expiring' }), standingsOf)).toHaveLength(0)
      expect(filterLearners(dashboard.learners, readFilters({ standing: 'nonsense' }), standingsOf).map((row) => row.id)).toContain(none.user.id)
    }, 180_000)
  })

  it("every certification write drops the organization's cached standings on every instance", async () => {
    const team = await createTeam(payload, 'Standings Cache Org')
    const tag = `org:${team.organization.id}`
    const heard = await listenForCacheTags()
    try {
      await chooseCredentialFor(payload, team.manager.user, { learnerId: team.learner.user.id, credentialId: icrc })
      await heard.waitFor(tag)
      heard.clear()
      const logged = await api('POST', '/experience-logs?depth=0', { token: team.learner.token, body: { date: '2026-11-24', hours: 2, setting: 'Warmline' } })
      expect(logged.status).toBe(201)
      await heard.waitFor(tag)
      heard.clear()
      await decideExperienceWeek(payload, team.manager.user, { learnerId: team.learner.user.id, weekOf: '2026-11-24', decision: 'approved' })
      await heard.waitFor(tag)
      heard.clear()
      await recordSupervision(payload, team.manager.user, { learnerId: team.learner.user.id, date: '2026-11-24', durationMinutes: 30, format: 'individual', mode: 'in-person', topics: [] })
      await heard.waitFor(tag)
    } finally {
      await heard.stop()
    }
  }, 120_000)

  describe('certification CSV', () => {
    const exportAs = (token: string, query = '', language = 'en') =>
      exportCertification(new Request(`http://localhost/manage/export/certification${query}`, { headers: { authorization: `JWT ${token}`, 'accept-language': language, cookie: `NEXT_LOCALE=${language}` } }))

    it("lists each learner's credential status, in Spanish with ';', never another organization's, and audits the export", async () => {
      const team = await createTeam(payload, 'CSV Certification Org')
      const outsider = await createTeam(payload, 'CSV Certification Outsider')
      await chooseCredentialFor(payload, team.manager.user, { learnerId: team.learner.user.id, credentialId: icrc })
      await chooseCredentialFor(payload, outsider.manager.user, { learnerId: outsider.learner.user.id, credentialId: icrc })

      const english = await exportAs(team.manager.token)
      expect(english.status).toBe(200)
      expect(english.headers.get('content-type')).toContain('text/csv')
      const rows = parseCsv(await english.text()).rows.map((row) => row.cells)
      expect(rows[0].slice(0, 6)).toEqual(['Name', 'Email', 'Cohort', 'Credential', 'Held or working toward', 'Certification standing'])
      const learnerRow = rows.find((cells) => cells[1] === team.learner.user.email)!
      const icrcName = (await payload.findByID({ collection: 'credentials', id: icrc, locale: 'en', depth: 0 })).name
      expect(learnerRow.slice(3, 7)).toEqual([icrcName, 'Working toward it', 'On track', 'No'])
      expect(learnerRow[8]).toBe('46')
      expect(rows.some((cells) => cells[1] === outsider.learner.user.email)).toBe(false)

      const spanish = await exportAs(team.manager.token, '', 'es')
      const text = await spanish.text()
      expect(text.split('\r\n')[0]).toContain('Nombre;Correo;Cohorte;Credencial')
      expect(text).toContain('En camino')

      const filtered = parseCsv(await (await exportAs(team.manager.token, '?standing=ready')).text()).rows
      expect(filtered).toHaveLength(1)
      expect((await exportAs(team.manager.token, '?standing=sideways')).status).toBe(400)
      expect((await exportAs(team.learner.token)).status).toBe(403)

      const [audit] = await auditOf(team.organization.id, 'report.exported')
      expect(audit).toMatchObject({ actor: team.manager.user.id, details: { report: 'certification' } })
    }, 180_000)
  })

  describe("the learner's packet", () => {
    const packetAs = (token: string, learnerId: number | string, query: string) =>
      packetRoute(new Request(`http://localhost/manage/learners/${learnerId}/packet${query}`, { headers: { authorization: `JWT ${token}` } }), { params: Promise.resolve({ id: String(learnerId) }) })

    it("is a PDF for their own organization's learner and credential, and not found for anyone else's", async () => {
      const team = await createTeam(payload, 'Packet Org')
      const outsider = await createTeam(payload, 'Packet Outsider')
      await chooseCredentialFor(payload, team.manager.user, { learnerId: team.learner.user.id, credentialId: icrc })

      const pdf = await packetAs(team.manager.token, team.learner.user.id, `?credential=${icrc}`)
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')

      expect((await packetAs(outsider.manager.token, team.learner.user.id, `?credential=${icrc}`)).status).toBe(404)
      expect((await packetAs(team.manager.token, team.learner.user.id, `?credential=${texas}`)).status).toBe(404)
      expect((await packetAs(team.manager.token, team.learner.user.id, '?credential=abc')).status).toBe(400)
      expect((await packetAs(team.manager.token, 'x', `?credential=${icrc}`)).status).toBe(400)
      expect((await packetAs(team.learner.token, team.learner.user.id, `?credential=${icrc}`)).status).toBe(403)
    }, 180_000)
  })
})
