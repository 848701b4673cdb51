import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { verificationFor } from '@/app/(site)/verify/[code]/verification'
import { recertifyExpiredCertificates } from '@/lib/certificates/recertify'
import { trainingProgress } from '@/lib/credentials/training'
import { pgPool } from '@/lib/db'
import { sendCertificateExpiryReminders } from '@/lib/reminders/certificateExpiry'
import { credentialThreshold, sendCredentialExpiryReminders } from '@/lib/reminders/credentialExpiry'
import { REMINDER_QUEUE } from '@/lib/reminders/jobs'
import { sendSupervisionOverdueReminders } from '@/lib/reminders/supervisionOverdue'
import { api } from '../helpers/api'
import { completeCourse, createCourse, createUser, rightAnswers, uniqueSlug } from '../helpers/fixtures'
import { createTeam, emailsTo, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

const DAY = 86_400_000

/** A credential of the test's own, so its cadence is known. */
const createCredential = (payload: Payload, cadence: { initial: 'none' | 'weekly' | 'monthly'; after: 'none' | 'weekly' | 'monthly' }) =>
  payload.create({
    collection: 'credentials',
    data: {
      name: 'Test Peer Specialist',
      slug: uniqueSlug('credential'),
      board: 'Test Board',
      jurisdiction: 'Testland',
      sourceUrl: 'https://example.org/rules',
      asOf: '2026-12-01',
      experienceHours: 0,
      supervisionHours: 10,
      supervisionCadenceInitial: cadence.initial,
      supervisionCadenceAfter: cadence.after,
      renewal: { cycleMonths: 24, basis: 'anniversary', ceHours: 20 },
    },
  })

const holdCredential = (payload: Payload, team: Team, credential: number, data: { status: 'pursuing' | 'held'; issuedAt?: string; expiresAt?: string }) =>
  payload.create({ collection: 'held-credentials', data: { learner: team.learner.user.id, organization: team.organization.id, credential, ...data } })

const newEmails = (email: string, before: number) => emailsTo(email).slice(before)

describe('credential expiry reminders', () => {
  let payload: Payload
  let credential: number

  beforeAll(async () => {
    payload = await testPayload()
    credential = (await createCredential(payload, { initial: 'none', after: 'none' })).id
  })

  it('picks the window a number of days falls in', () => {
    expect([91, 90, 61, 60, 45, 31, 30, 8, 7, 0, -1].map(credentialThreshold)).toEqual([null, 90, 90, 60, 60, 60, 30, 30, 7, 7, null])
  })

  it('sends the learner and each manager one reminder per threshold, never twice, none before the window or after expiry', async () => {
    const team = await createTeam(payload, 'Expiry Org')
    await payload.update({ collection: 'organizations', id: team.organization.id, data: { timeZone: 'UTC' } })
    const secondManager = await createUser(payload, 'manager', { organization: team.organization.id })
    await holdCredential(payload, team, credential, { status: 'held', issuedAt: '2025-03-01T12:00:00.000Z', expiresAt: '2027-03-01T12:00:00.000Z' })
    const at = (day: string) => new Date(`${day}T15:00:00Z`)
    const counts = () => [team.learner.user.email, team.manager.user.email, secondManager.user.email].map((email) => emailsTo(email).length)
    const start = counts()
    const since = () => counts().map((count, index) => count - start[index])

    // 2026-11-30 is 91 days before: outside every window.
    await sendCredentialExpiryReminders(payload, at('2026-11-30'))
    expect(since()).toEqual([0, 0, 0])

    // 2026-12-01 is 90 days before. Two runs racing (two instances), then a run after a "restart": one each.
    await Promise.all([sendCredentialExpiryReminders(payload, at('2026-12-01')), sendCredentialExpiryReminders(payload, at('2026-12-01'))])
    await sendCredentialExpiryReminders(payload, at('2026-12-15'))
    expect(since()).toEqual([1, 1, 1])
    expect(String(newEmails(team.learner.user.email, start[0])[0].subject)).toMatch(/credential expires in 90 days/)
    // The manager's copy names the learner.
    expect(String(newEmails(team.manager.user.email, start[1])[0].subject)).toContain(team.learner.user.name)

    // 60 days (2026-12-31), then a week of runs inside that window: one more each.
    for (const day of ['2026-12-31', '2027-01-02', '2027-01-07']) await sendCredentialExpiryReminders(payload, at(day))
    expect(since()).toEqual([2, 2, 2])
    // 30 and 7 days.
    await sendCredentialExpiryReminders(payload, at('2027-01-30'))
    await Promise.all([sendCredentialExpiryReminders(payload, at('2027-02-22')), sendCredentialExpiryReminders(payload, at('2027-02-23'))])
    expect(since()).toEqual([4, 4, 4])
    // The last valid day is still in the 7-day window (already sent); after it, nothing.
    await sendCredentialExpiryReminders(payload, at('2027-03-01'))
    await sendCredentialExpiryReminders(payload, at('2027-03-02'))
    await sendCredentialExpiryReminders(payload, at('2027-04-01'))
    expect(since()).toEqual([4, 4, 4])
  })

  it('counts days in the organization’s time zone', async () => {
    const team = await createTeam(payload, 'Honolulu Org')
    await payload.update({ collection: 'organizations', id: team.organization.id, data: { timeZone: 'Pacific/Honolulu' } })
    await holdCredential(payload, team, credential, { status: 'held', issuedAt: '2025-03-01T12:00:00.000Z', expiresAt: '2027-03-01T12:00:00.000Z' })
    // 05:00 UTC on 1 December is still 30 November (19:00) in Honolulu: 91 days left there.
    await sendCredentialExpiryReminders(payload, new Date('2026-12-01T05:00:00Z'))
    expect(emailsTo(team.learner.user.email)).toHaveLength(0)
    await sendCredentialExpiryReminders(payload, new Date('2026-12-01T11:00:00Z'))
    expect(emailsTo(team.learner.user.email)).toHaveLength(1)
  })

  it('sends nothing about a deactivated learner, to them or their managers', async () => {
    const team = await createTeam(payload, 'Deactivated Org')
    await holdCredential(payload, team, credential, { status: 'held', issuedAt: '2025-03-01T12:00:00.000Z', expiresAt: '2027-03-01T12:00:00.000Z' })
    await payload.update({ collection: 'users', id: team.learner.user.id, data: { deactivatedAt: new Date().toISOString() } })
    await sendCredentialExpiryReminders(payload, new Date('2027-02-25T15:00:00Z'))
    expect(emailsTo(team.learner.user.email)).toHaveLength(0)
    expect(emailsTo(team.manager.user.email)).toHaveLength(0)
  })
})

describe('supervision overdue reminders', () => {
  it('reminds the managers once per period that ended with no session, and not once a session covers it', async () => {
    const payload = await testPayload()
    const credential = await createCredential(payload, { initial: 'weekly', after: 'monthly' })
    const team = await createTeam(payload, 'Supervision Org')
    await payload.update({ collection: 'organizations', id: team.organization.id, data: { timeZone: 'UTC' } })
    const held = await holdCredential(payload, team, credential.id, { status: 'pursuing' })
    // Chosen on Monday 2 November 2026: weekly supervision from that week on.
    await pgPool(payload).query(`update held_credentials set created_at = '2026-11-02T10:00:00Z' where id = $1`, [held.id])
    const before = emailsTo(team.manager.user.email).length
    const sent = () => newEmails(team.manager.user.email, before)

    // Wednesday 11 November: the week of 2 November ended with no session.
    const week2 = new Date('2026-11-11T15:00:00Z')
    await Promise.all([sendSupervisionOverdueReminders(payload, week2), sendSupervisionOverdueReminders(payload, week2)])
    await sendSupervisionOverdueReminders(payload, new Date('2026-11-13T15:00:00Z'))
    expect(sent()).toHaveLength(1)
    expect(String(sent()[0].subject)).toContain(team.learner.user.name)
    expect(String(sent()[0].html)).toMatch(/November 2, 2026/)

    // The week of 9 November ended without one too: a new period, one more reminder.
    await sendSupervisionOverdueReminders(payload, new Date('2026-11-17T15:00:00Z'))
    expect(sent()).toHaveLength(2)

    // A session in the week of 16 November: when that week ends, nothing is overdue.
    const session = await api('POST', '/supervision-sessions?depth=0', {
      token: team.manager.token,
      body: { learner: team.learner.user.id, date: '2026-11-18', durationMinutes: 60, format: 'individual', mode: 'remote', topics: ['skill-building'] },
    })
    expect(session.status, session.text).toBe(201)
    await sendSupervisionOverdueReminders(payload, new Date('2026-11-25T15:00:00Z'))
    expect(sent()).toHaveLength(2)
  })
})

describe('supervision overdue reminders once held', () => {
  it('follow the monthly cadence from the issue date, and leave deactivated learners out', async () => {
    const payload = await testPayload()
    const credential = await createCredential(payload, { initial: 'weekly', after: 'monthly' })
    const team = await createTeam(payload, 'Monthly Supervision Org')
    await payload.update({ collection: 'organizations', id: team.organization.id, data: { timeZone: 'UTC' } })
    await holdCredential(payload, team, credential.id, { status: 'held', issuedAt: '2026-09-15T12:00:00.000Z', expiresAt: '2028-09-14T12:00:00.000Z' })
    const other = await createTeam(payload, 'Monthly Deactivated Org')
    await holdCredential(payload, other, credential.id, { status: 'held', issuedAt: '2026-09-15T12:00:00.000Z', expiresAt: '2028-09-14T12:00:00.000Z' })
    await payload.update({ collection: 'users', id: other.learner.user.id, data: { deactivatedAt: new Date().toISOString() } })

    // 10 November: October ended with no session (a weekly reminder would name a week).
    await sendSupervisionOverdueReminders(payload, new Date('2026-11-10T15:00:00Z'))
    await sendSupervisionOverdueReminders(payload, new Date('2026-11-20T15:00:00Z'))
    const sent = emailsTo(team.manager.user.email)
    expect(sent).toHaveLength(1)
    expect(String(sent[0].html)).toMatch(/the month starting October 1, 2026/)
    expect(emailsTo(other.manager.user.email)).toHaveLength(0)
  })
})

describe('module certificates that expire', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('an expired certificate no longer counts toward training hours; a current one does', () => {
    const inputs = {
      credits: [{ moduleId: 1, domain: 'ethics', hours: 4 }],
      certificates: [{ moduleId: 1, code: 'AAAAA-BBBBB-CCCCC-DDDDD', issuedAt: '2025-01-10', expiresAt: '2026-01-10T00:00:00Z' }],
      externalTrainings: [],
    }
    const rules = { domains: [{ key: 'ethics', hours: 4 }] }
    expect(trainingProgress(rules, { ...inputs, asOf: '2025-12-31' }).domains[0].counted).toBe(4)
    expect(trainingProgress(rules, { ...inputs, asOf: '2026-01-11' }).domains[0].counted).toBe(0)
  })

  it('expires, reminds 30 days ahead, shows as expired, is assigned again once, and a new completion earns a new certificate', async () => {
    const team = await createTeam(payload, 'Recertification Org')
    const course = await createCourse(payload)
    await payload.update({ collection: 'modules', id: course.module.id, data: { validityMonths: 12 } })
    const first = await completeCourse(course, team.learner.token)
    expect(first.status, first.text).toBe(201)
    const certificate = await payload.findByID({ collection: 'certificates', id: first.body.certificate.id })
    const expiresAt = new Date(certificate.expiresAt!)
    const inAYear = new Date(certificate.issuedAt)
    inAYear.setUTCMonth(inAYear.getUTCMonth() + 12)
    expect(Math.abs(expiresAt.getTime() - inAYear.getTime())).toBeLessThan(DAY)
    expect(await verificationFor(payload, certificate.code, 'en')).toMatchObject({ expired: false, revoked: false })

    // 30 days ahead: one reminder, however often the job runs; none 40 days ahead.
    const before = emailsTo(team.learner.user.email).length
    await sendCertificateExpiryReminders(payload, new Date(expiresAt.getTime() - 40 * DAY))
    expect(newEmails(team.learner.user.email, before)).toHaveLength(0)
    const soon = new Date(expiresAt.getTime() - 20 * DAY)
    await Promise.all([sendCertificateExpiryReminders(payload, soon), sendCertificateExpiryReminders(payload, soon)])
    await sendCertificateExpiryReminders(payload, new Date(expiresAt.getTime() - 2 * DAY))
    expect(newEmails(team.learner.user.email, before)).toHaveLength(1)
    expect(String(newEmails(team.learner.user.email, before)[0].subject)).toMatch(/certificate expires in/)

    // Not expired yet: nothing to recertify.
    expect((await recertifyExpiredCertificates(payload)).assigned).toBe(0)

    // A year on: the certificate has expired (moved back in the database rather than waiting).
    await pgPool(payload).query(`update certificates set expires_at = now() - interval '1 hour' where id = $1`, [certificate.id])
    const expired = await verificationFor(payload, certificate.code, 'en')
    expect(expired).toMatchObject({ expired: true, revoked: false, code: certificate.code })

    // The job, twice at once and again: one assignment, one audit entry.
    await Promise.all([recertifyExpiredCertificates(payload), recertifyExpiredCertificates(payload)])
    await recertifyExpiredCertificates(payload)
    const assignments = await payload.find({ collection: 'assignments', where: { recertifies: { equals: certificate.id } }, depth: 0 })
    expect(assignments.docs).toHaveLength(1)
    expect(assignments.docs[0]).toMatchObject({ learner: team.learner.user.id, module: course.module.id, organization: team.organization.id })
    expect(new Date(assignments.docs[0].dueDate).getTime()).toBeGreaterThan(Date.now() + 25 * DAY)
    const audit = await pgPool(payload).query<{ action: string; summary: string }>(
      `select action::text, summary from audit_events where organization_id = $1 and details->>'recertifies' = $2`,
      [team.organization.id, String(certificate.id)],
    )
    expect(audit.rows).toHaveLength(1)
    expect(audit.rows[0]).toMatchObject({ action: 'assignment.created', summary: expect.stringMatching(/again for recertification/) })

    // The old completion is no longer evidence: the quiz waits for the lessons again.
    const early = await api('POST', '/quiz-attempts/submit', { token: team.learner.token, body: { quizId: course.quiz.id, answers: rightAnswers(course.quiz) } })
    expect(early.status, early.text).toBe(409)

    // Studying again and passing again earns a new certificate; the old one still verifies, as expired.
    const second = await completeCourse(course, team.learner.token)
    expect(second.status, second.text).toBe(201)
    expect(second.body.certificate?.code).toBeTruthy()
    expect(second.body.certificate.code).not.toBe(certificate.code)
    expect(await verificationFor(payload, second.body.certificate.code, 'en')).toMatchObject({ expired: false, revoked: false })
    expect(await verificationFor(payload, certificate.code, 'es')).toMatchObject({ expired: true })
    const renewed = await payload.findByID({ collection: 'certificates', id: second.body.certificate.id })
    expect(renewed.round).toBe(1)
    expect(renewed.expiresAt).toBeTruthy()

    // Nothing left to recertify, and the new certificate is not reassigned.
    expect((await recertifyExpiredCertificates(payload)).assigned).toBe(0)
  })

  it('a deactivated learner is neither reminded nor assigned the module again', async () => {
    const team = await createTeam(payload, 'Deactivated Recertification Org')
    const course = await createCourse(payload)
    await payload.update({ collection: 'modules', id: course.module.id, data: { validityMonths: 6 } })
    const done = await completeCourse(course, team.learner.token)
    expect(done.status, done.text).toBe(201)
    const certificate = await payload.findByID({ collection: 'certificates', id: done.body.certificate.id })
    await payload.update({ collection: 'users', id: team.learner.user.id, data: { deactivatedAt: new Date().toISOString() } })
    await sendCertificateExpiryReminders(payload, new Date(new Date(certificate.expiresAt!).getTime() - 10 * DAY))
    expect(emailsTo(team.learner.user.email)).toHaveLength(0)
    await pgPool(payload).query(`update certificates set expires_at = now() - interval '1 hour' where id = $1`, [certificate.id])
    await recertifyExpiredCertificates(payload)
    expect((await payload.find({ collection: 'assignments', where: { recertifies: { equals: certificate.id } } })).totalDocs).toBe(0)
  })

  it('a module without a validity period issues certificates that never expire, and the jobs run through the queue', async () => {
    const learner = await createUser(payload, 'learner')
    const course = await createCourse(payload)
    const done = await completeCourse(course, learner.token)
    const certificate = await payload.findByID({ collection: 'certificates', id: done.body.certificate.id })
    expect(certificate.expiresAt ?? null).toBeNull()
    expect(await verificationFor(payload, certificate.code, 'en')).toMatchObject({ expired: false, expiresAt: null })

    for (const task of ['sendCertificationReminders', 'recertifyExpiredCertificates'] as const) {
      await payload.jobs.queue({ task, input: {}, queue: REMINDER_QUEUE })
    }
    await payload.jobs.run({ queue: REMINDER_QUEUE })
    const remaining = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: REMINDER_QUEUE } }, depth: 0 })
    expect(remaining.docs.filter((job) => job.hasError)).toHaveLength(0)
  })
})
