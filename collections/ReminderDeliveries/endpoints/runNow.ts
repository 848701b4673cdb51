import type { Endpoint } from 'payload'

import { jsonError, respond } from '@/http/json'
import { REMINDER_QUEUE } from '@/lib/reminders/jobs'

const TASKS = ['sendDueReminders', 'sendCertificationReminders'] as const

/**
 * POST /api/reminder-deliveries/run-now (admins): queues the due and
 * certification reminders for now and runs the reminders queue, instead of
 * waiting for the hourly schedule; after downtime, a mail outage or a change
 * of rules. Safe to repeat: every message is claimed once in
 * reminder-deliveries, so a second run sends only what is newly due.
 */
export const runRemindersNowEndpoint: Endpoint = {
  path: '/run-now',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Sign in to run reminders.')
    if (req.user.role !== 'admin') return jsonError(403, 'Only an administrator may run reminders.')
    return respond(async () => {
      const jobs = await Promise.all(TASKS.map((task) => req.payload.jobs.queue({ task, input: {}, queue: REMINDER_QUEUE, req })))
      await req.payload.jobs.run({ queue: REMINDER_QUEUE, limit: 10, req, where: { id: { in: jobs.map((job) => job.id) } } })
      const done = await req.payload.find({ collection: 'payload-jobs', where: { id: { in: jobs.map((job) => job.id) } }, depth: 0, req, overrideAccess: true })
      const failed = done.docs.filter((job) => job.hasError)
      if (failed.length) return { status: 502, body: { error: 'A reminder task failed; it will be retried on its schedule.', details: { tasks: failed.map((job) => job.taskSlug) } } }
      return { status: 200, body: { ran: TASKS } }
    })
  },
}
