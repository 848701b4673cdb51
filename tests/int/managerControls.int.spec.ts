import type { Payload } from 'payload'

import { createTranslator } from 'next-intl'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AuditEvent, Quiz } from '@/payload-types'

import { describeAuditEvent } from '@/app/(site)/manage/audit/describe'
import en from '@/i18n/messages/en.json'
import es from '@/i18n/messages/es.json'
import { csvDelimiterFor, csvRow } from '@/lib/csv/write'
import { loadDashboard } from '@/lib/org/dashboard'
import { changeDueDate, deleteCohort, grantAttempt, renameCohort, setCertificateRevoked, setDeactivated } from '@/lib/org/managerControls'
import { dayIn, endOfDayIn, isTimeZone } from '@/lib/org/timeZone'
import { organizationSummaryPdf, summaryLine } from '@/lib/reports/summaryPdf'
import { api } from '../helpers/api'
import { completeCourse, createCourse, createUser, PASSWORD, studyLesson } from '../helpers/fixtures'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

const wrongAnswers = (quiz: Quiz) => [
  { questionId: quiz.questions[0].id!, choiceIds: [quiz.questions[0].choices![1].id!] },
  { questionId: quiz.questions[1].id!, text: 'not it' },
]

const submitWrong = (quiz: Quiz, token: string) => api('POST', '/quiz-attempts/submit', { token, body: { quizId: quiz.id, answers: wrongAnswers(quiz) } })

/** The newest audit entries of an organization with this action. */
const auditOf = async (payload: Payload, organization: number, action: AuditEvent['action']) =>
  (await payload.find({ collection: 'audit-events', where: { and: [{ organization: { equals: organization } }, { action: { equals: action } }] }, sort: '-createdAt', depth: 0, limit: 10 })).docs

const refusal = (work: Promise<unknown>) => work.then(() => 'done', (error: { code?: string }) => error.code)

describe('manager controls', () => {
  let payload: Payload
  let team: Team
  let other: Team

  beforeAll(async () => {
    payload = await testPayload()
    team = await createTeam(payload, 'Controls Org')
    other = await createTeam(payload, 'Other Controls Org')
  })

  it('a granted attempt makes exactly one more attempt possible, and only the own organization may grant it', async () => {
    const course = await createCourse(payload)
    const { user, token } = await createUser(payload, 'learner', { organization: team.organization.id, name: 'Ana Ruiz' })
    await studyLesson(token, course.lesson.id)
    for (let attempt = 0; attempt < course.quiz.maxAttempts; attempt++) expect((await submitWrong(course.quiz, token)).status).toBe(201)
    expect((await submitWrong(course.quiz, token)).status).toBe(409)

    expect(await refusal(grantAttempt(payload, other.manager.user, { learnerId: user.id, moduleId: course.module.id }))).toBe('not-found')
    expect((await submitWrong(course.quiz, token)).status).toBe(409)

    await grantAttempt(payload, team.manager.user, { learnerId: user.id, moduleId: course.module.id })
    const granted = await submitWrong(course.quiz, token)
    expect(granted.status).toBe(201)
    expect(granted.body.attempt).toMatchObject({ attemptNumber: 4, attemptsLeft: 0 })
    expect((await submitWrong(course.quiz, token)).status).toBe(409)

    const [entry] = await auditOf(payload, team.organization.id, 'quiz.attempt-granted')
    expect(entry).toMatchObject({ actor: team.manager.user.id, details: { user: user.id, userName: 'Ana Ruiz', module: course.module.id, title: 'Test module' } })
    expect(await auditOf(payload, other.organization.id, 'quiz.attempt-granted')).toHaveLength(0)
  })

  it('revokes a certificate with a reason and restores it; another organization cannot touch it', async () => {
    const course = await createCourse(payload)
    const { user, token } = await createUser(payload, 'learner', { organization: team.organization.id, name: 'Certificate Holder' })
    const submitted = await completeCourse(course, token)
    const certificateId = submitted.body.certificate.id as number

    expect(await refusal(setCertificateRevoked(payload, other.manager.user, { certificateId, revoked: true, reason: 'Not theirs' }))).toBe('not-found')
    expect(await refusal(setCertificateRevoked(payload, team.manager.user, { certificateId, revoked: true, reason: '  ' }))).toBe('invalid')
    expect((await payload.findByID({ collection: 'certificates', id: certificateId })).revoked).toBe(false)

    await setCertificateRevoked(payload, team.manager.user, { certificateId, revoked: true, reason: 'Completed under another person’s account' })
    const revoked = await payload.findByID({ collection: 'certificates', id: certificateId })
    expect(revoked).toMatchObject({ revoked: true, revokedReason: 'Completed under another person’s account' })
    const [entry] = await auditOf(payload, team.organization.id, 'certificate.revoked')
    expect(entry).toMatchObject({ actor: team.manager.user.id, details: { certificate: certificateId, userName: 'Certificate Holder', reason: 'Completed under another person’s account' } })

    await setCertificateRevoked(payload, team.manager.user, { certificateId, revoked: false })
    expect(await payload.findByID({ collection: 'certificates', id: certificateId })).toMatchObject({ revoked: false, revokedReason: null })
    expect((await auditOf(payload, team.organization.id, 'certificate.restored'))[0]).toMatchObject({ details: { certificate: certificateId } })
    expect(entry.details).toMatchObject({ module: course.module.id })
    expect(user.id).toBeGreaterThan(0)
  })

  it('a deactivated person is signed out, cannot sign in, drops out of the dashboard, and can be reactivated', async () => {
    const { user, token } = await createUser(payload, 'learner', { organization: team.organization.id, name: 'Leaving Person' })
    expect((await api('GET', '/users/me', { token })).body.user?.id).toBe(user.id)
    expect((await loadDashboard(payload, team.organization.id, 'en')).learners.map((row) => row.id)).toContain(user.id)

    expect(await refusal(setDeactivated(payload, other.manager.user, { userId: user.id, deactivated: true }))).toBe('not-found')
    expect(await refusal(setDeactivated(payload, team.manager.user, { userId: team.manager.user.id, deactivated: true }))).toBe('invalid')
    expect((await api('GET', '/users/me', { token })).body.user?.id).toBe(user.id)

    await setDeactivated(payload, team.manager.user, { userId: user.id, deactivated: true })
    // The session the token names is gone: the token stops working at once.
    expect((await api('GET', '/users/me', { token })).body.user).toBeNull()
    expect((await api('GET', `/users/${user.id}`, { token })).status).toBe(403)
    const refused = await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('deactivated')
    // A wrong password still gets the ordinary answer: being deactivated is revealed only to the holder.
    expect((await api('POST', '/users/login', { body: { email: user.email, password: 'wrong-password-1' } })).text).not.toContain('deactivated')
    expect((await loadDashboard(payload, team.organization.id, 'en')).learners.map((row) => row.id)).not.toContain(user.id)
    // Records are kept.
    expect((await payload.findByID({ collection: 'users', id: user.id })).deactivatedAt).toBeTruthy()
    expect((await auditOf(payload, team.organization.id, 'user.deactivated'))[0]).toMatchObject({ details: { user: user.id, userName: 'Leaving Person' } })

    await setDeactivated(payload, team.manager.user, { userId: user.id, deactivated: false })
    expect((await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(200)
    expect((await auditOf(payload, team.organization.id, 'user.reactivated'))[0]).toMatchObject({ details: { user: user.id } })
  })

  it('changes a due date to the end of that day in the organization’s time zone', async () => {
    const course = await createCourse(payload)
    const assignment = await payload.create({
      collection: 'assignments',
      data: { organization: team.organization.id, learner: team.learner.user.id, module: course.module.id, dueDate: '2027-01-01T23:59:59.000Z' },
      overrideAccess: false,
      user: team.manager.user,
    })
    expect(await refusal(changeDueDate(payload, other.manager.user, { assignmentId: assignment.id, dueDate: '2027-01-12' }))).toBe('not-found')

    await changeDueDate(payload, team.manager.user, { assignmentId: assignment.id, dueDate: '2027-01-12' })
    // America/New_York (the default) is UTC-5 in January.
    expect((await payload.findByID({ collection: 'assignments', id: assignment.id })).dueDate).toBe('2027-01-13T04:59:59.000Z')
    const [entry] = await auditOf(payload, team.organization.id, 'assignment.updated')
    expect(entry.details).toMatchObject({ assignment: assignment.id, userName: team.learner.user.name, title: 'Test module', previousDueDate: '2027-01-01T23:59:59.000Z' })

    const t = createTranslator({ locale: 'en', messages: en, namespace: 'manage' })
    const day = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'America/New_York' }).format(new Date(iso))
    expect(describeAuditEvent(entry, t as never, day, new Map())).toBe(`The due date of “Test module” for ${team.learner.user.name} moved from Jan 1, 2027 to Jan 12, 2027`)
    const tes = createTranslator({ locale: 'es', messages: es, namespace: 'manage' })
    expect(describeAuditEvent(entry, tes as never, day, new Map([[`module:${course.module.id}`, 'Módulo de prueba']]))).toContain('«Módulo de prueba»')
  })

  it('renames, lists and deletes a cohort of the own organization only', async () => {
    const cohort = await payload.create({ collection: 'cohorts', data: { name: `Spring ${Date.now()}`, organization: team.organization.id } })
    const taken = await payload.create({ collection: 'cohorts', data: { name: `Taken ${Date.now()}`, organization: team.organization.id } })
    const { user: member } = await createUser(payload, 'learner', { organization: team.organization.id, cohort: cohort.id })

    expect(await refusal(renameCohort(payload, other.manager.user, { cohortId: cohort.id, name: 'Hijacked' }))).toBe('not-found')
    expect(await refusal(renameCohort(payload, team.manager.user, { cohortId: cohort.id, name: taken.name }))).toBe('conflict')
    await renameCohort(payload, team.manager.user, { cohortId: cohort.id, name: 'Spring 2027 new hires' })
    expect((await payload.findByID({ collection: 'cohorts', id: cohort.id })).name).toBe('Spring 2027 new hires')
    expect((await auditOf(payload, team.organization.id, 'cohort.renamed'))[0]).toMatchObject({ details: { from: cohort.name, to: 'Spring 2027 new hires' } })

    expect(await refusal(deleteCohort(payload, other.manager.user, { cohortId: cohort.id }))).toBe('not-found')
    await deleteCohort(payload, team.manager.user, { cohortId: cohort.id })
    expect(await payload.findByID({ collection: 'cohorts', id: cohort.id, disableErrors: true })).toBeNull()
    expect((await payload.findByID({ collection: 'users', id: member.id, depth: 0 })).cohort ?? null).toBeNull()
    expect((await auditOf(payload, team.organization.id, 'cohort.deleted'))[0]).toMatchObject({ details: { name: 'Spring 2027 new hires' } })
  })

  it('organizations keep a valid IANA time zone; due days and reminder days follow it', async () => {
    expect(isTimeZone('America/Los_Angeles')).toBe(true)
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
    await expect(payload.create({ collection: 'organizations', data: { name: 'Bad zone', slug: `bad-zone-${Date.now()}`, timeZone: 'Mars/Olympus_Mons' } })).rejects.toThrow(/time zone/i)
    expect((await payload.findByID({ collection: 'organizations', id: team.organization.id })).timeZone).toBe('America/New_York')
    expect(endOfDayIn('2027-07-04', 'America/Los_Angeles').toISOString()).toBe('2027-07-05T06:59:59.000Z')
    // 03:00 UTC on the 13th is still the 12th in New York.
    expect(dayIn(new Date('2027-01-13T03:00:00Z'), 'America/New_York')).toBe('2027-01-12')
  })

  it('the summary PDF embeds a Unicode font and says "1 person"; CSV uses ";" in Spanish', async () => {
    const dashboard = await loadDashboard(payload, team.organization.id, 'en')
    const withCohort = { ...dashboard, cohorts: [{ id: 1, name: 'What’s Different', members: 1, completionPercent: 50, overdueModules: 0, averageCompetencies: 0 }] }
    const bytes = await organizationSummaryPdf({ organization: 'Ñandú’s Recovery Center', dashboard: withCohort, locale: 'en' })
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getPageCount()).toBeGreaterThan(0)
    const fonts = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => (object instanceof PDFDict ? object.get(PDFName.of('BaseFont')) : undefined))
      .filter((name) => name instanceof PDFName)
      .map(String)
    expect(fonts.some((name) => /^\/DejaVuSans-\d+$/.test(name))).toBe(true)
    expect(fonts.some((name) => name.includes('Helvetica'))).toBe(false)
    expect(summaryLine('en', 'cohortLine', { name: 'A', members: 1, percent: 0.5, overdue: 0 })).toBe('A: 1 person, 50% of assigned modules completed, 0 overdue')
    expect(summaryLine('en', 'cohortLine', { name: 'A', members: 2, percent: 1, overdue: 1 })).toContain('2 people')
    expect(summaryLine('es', 'cohortLine', { name: 'A', members: 1, percent: 0.5, overdue: 1 })).toMatch(/^A: 1 persona, 50\s%.* 1 vencido$/)
    expect(summaryLine('es', 'cohortLine', { name: 'A', members: 2, percent: 0.5, overdue: 2 })).toContain('2 personas')
    expect(csvDelimiterFor('es')).toBe(';')
    expect(csvRow(['Ana', '1,5', 'a;b'], ';')).toBe('Ana;1,5;"a;b"\r\n')
    expect(csvRow(['Ana', 'b'], csvDelimiterFor('en'))).toBe('Ana,b\r\n')
  })
})
