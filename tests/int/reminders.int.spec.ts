import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { pgPool } from '@/lib/db'
import { sendDueReminders } from '@/lib/reminders/dueReminders'
import { REMINDER_QUEUE } from '@/lib/reminders/jobs'
import { sendManagerDigests } from '@/lib/reminders/weeklyDigest'
import { completeCourse, createCourse } from '../helpers/fixtures'
import { createTeam, emailsTo, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

const DAY = 86_400_000

describe('reminders', () => {
  let payload: Payload
  let team: Team
  let course: Awaited<ReturnType<typeof createCourse>>

  const assign = (learner: number, dueInDays: number) =>
    payload.create({
      collection: 'assignments',
      data: { organization: team.organization.id, learner, module: course.module.id, dueDate: new Date(Date.now() + dueInDays * DAY).toISOString() },
    })

  beforeAll(async () => {
    payload = await testPayload()
    team = await createTeam(payload, 'Reminders Org')
    course = await createCourse(payload)
  })

  it('emails a learner once a day about an assignment due within three days, even when two runs race', async () => {
    const assignment = await assign(team.learner.user.id, 2)
    const before = emailsTo(team.learner.user.email).length
    await Promise.all([sendDueReminders(payload), sendDueReminders(payload)])
    await sendDueReminders(payload)
    const sent = emailsTo(team.learner.user.email).slice(before)
    expect(sent).toHaveLength(1)
    expect(String(sent[0].subject)).toMatch(/due/i)
    const rows = await pgPool(payload).query('select count(*)::int as n from reminder_deliveries where assignment_id = $1', [assignment.id])
    expect(rows.rows[0].n).toBe(1)

    // The next day is a new day: one more, and only one.
    const tomorrow = new Date(Date.now() + DAY)
    await Promise.all([sendDueReminders(payload, tomorrow), sendDueReminders(payload, tomorrow)])
    expect(emailsTo(team.learner.user.email).slice(before)).toHaveLength(2)
  })

  it('reminds about overdue work, and stops once the module is complete', async () => {
    const other = await createTeam(payload, 'Overdue Org')
    team = other
    await assign(other.learner.user.id, -1)
    const before = emailsTo(other.learner.user.email).length
    await sendDueReminders(payload)
    const [overdue] = emailsTo(other.learner.user.email).slice(before)
    expect(String(overdue.subject)).toMatch(/overdue/i)

    const submitted = await completeCourse(course, other.learner.token)
    expect(submitted.body.certificate).toBeTruthy()
    await sendDueReminders(payload, new Date(Date.now() + DAY))
    expect(emailsTo(other.learner.user.email).slice(before)).toHaveLength(1)
  })

  it('does not remind about assignments due later than three days', async () => {
    const later = await createTeam(payload, 'Later Org')
    team = later
    await assign(later.learner.user.id, 10)
    await sendDueReminders(payload)
    expect(emailsTo(later.learner.user.email)).toHaveLength(0)
  })

  it('sends each manager one weekly digest, even when two runs race', async () => {
    const before = emailsTo(team.manager.user.email).length
    await Promise.all([sendManagerDigests(payload), sendManagerDigests(payload)])
    await sendManagerDigests(payload)
    const sent = emailsTo(team.manager.user.email).slice(before)
    expect(sent).toHaveLength(1)
    expect(String(sent[0].subject)).toContain('Later Org')
  })

  it('runs through Payload’s jobs queue', async () => {
    await payload.jobs.queue({ task: 'sendDueReminders', input: {}, queue: REMINDER_QUEUE })
    await payload.jobs.run({ queue: REMINDER_QUEUE })
    const remaining = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: REMINDER_QUEUE } }, depth: 0 })
    // Completed jobs are deleted; a failed one would stay with hasError.
    expect(remaining.docs.filter((job) => job.hasError)).toHaveLength(0)
  })
})
