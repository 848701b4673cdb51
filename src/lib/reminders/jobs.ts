import type { JobsConfig, TaskConfig } from 'payload'

import { AUTH_MAIL_QUEUE, passwordResetTask } from '@/lib/auth/passwordReset'
import { recertifyExpiredCertificates } from '@/lib/certificates/recertify'
import { sendCertificateExpiryReminders } from './certificateExpiry'
import { sendCredentialExpiryReminders } from './credentialExpiry'
import { sendDueReminders } from './dueReminders'
import { sendSupervisionOverdueReminders } from './supervisionOverdue'
import { sendManagerDigests } from './weeklyDigest'

export const REMINDER_QUEUE = 'reminders'

/**
 * Hourly: each run sends only what today has not sent yet, so a server that
 * was down at one hour catches up at the next, and runs can overlap safely.
 */
const dueRemindersTask: TaskConfig<'sendDueReminders'> = {
  slug: 'sendDueReminders',
  retries: 2,
  schedule: [{ cron: '0 0 * * * *', queue: REMINDER_QUEUE }],
  handler: async ({ req }) => ({ output: await sendDueReminders(req.payload) }),
  outputSchema: [
    { name: 'candidates', type: 'number' },
    { name: 'sent', type: 'number' },
  ],
}

/** Mondays 13:00 UTC (morning in US time zones); the ISO-week key keeps it to one per week. */
const managerDigestTask: TaskConfig<'sendManagerDigests'> = {
  slug: 'sendManagerDigests',
  retries: 2,
  schedule: [{ cron: '0 0 13 * * 1', queue: REMINDER_QUEUE }],
  handler: async ({ req }) => ({ output: await sendManagerDigests(req.payload) }),
  outputSchema: [
    { name: 'managers', type: 'number' },
    { name: 'sent', type: 'number' },
  ],
}

/**
 * Hourly, like the due reminders: credentials expiring in 90/60/30/7 days,
 * supervision overdue for its cadence, module certificates expiring within 30
 * days. Each message is claimed once (reminder-deliveries), so reruns, a
 * restart or a second instance send nothing twice.
 */
const certificationRemindersTask: TaskConfig<'sendCertificationReminders'> = {
  slug: 'sendCertificationReminders',
  retries: 2,
  schedule: [{ cron: '0 10 * * * *', queue: REMINDER_QUEUE }],
  handler: async ({ req }) => {
    const credentials = await sendCredentialExpiryReminders(req.payload)
    const supervision = await sendSupervisionOverdueReminders(req.payload)
    const certificates = await sendCertificateExpiryReminders(req.payload)
    return { output: { credentials: credentials.sent, supervision: supervision.sent, certificates: certificates.sent } }
  },
  outputSchema: [
    { name: 'credentials', type: 'number' },
    { name: 'supervision', type: 'number' },
    { name: 'certificates', type: 'number' },
  ],
}

/** Hourly: expired module certificates are assigned again (once each; see src/lib/certificates/recertify.ts). */
const recertifyTask: TaskConfig<'recertifyExpiredCertificates'> = {
  slug: 'recertifyExpiredCertificates',
  retries: 2,
  schedule: [{ cron: '0 20 * * * *', queue: REMINDER_QUEUE }],
  handler: async ({ req }) => ({ output: await recertifyExpiredCertificates(req.payload) }),
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'assigned', type: 'number' },
  ],
}

/**
 * The server process runs the queues itself (no external cron). Payload starts
 * the autorun crons whenever it is initialised with `cron: true`, which its own
 * REST and GraphQL route handlers do, so that alone would run jobs in every
 * process that serves the API: instance B behind PEERPATH_JOBS=off, and tests
 * that call the handlers in-process (where 20 parallel reset jobs drained the
 * connection pool). `shouldAutoRun` is the one switch: PEERPATH_JOBS=off turns
 * the runs off; a process that runs no queue can still run one explicitly
 * (`payload.jobs.run`, or the admin's /api/payload-jobs/run).
 */
export const jobs: JobsConfig = {
  tasks: [dueRemindersTask, managerDigestTask, certificationRemindersTask, recertifyTask, passwordResetTask],
  autoRun: [
    { cron: '0 */5 * * * *', queue: REMINDER_QUEUE, limit: 10 },
    // Reset links are queued by the request (see src/lib/auth/passwordReset.ts) and go out within seconds.
    // Five at a time: each job holds a connection for its transaction, and the pool is shared with requests.
    { cron: '*/5 * * * * *', queue: AUTH_MAIL_QUEUE, limit: 5 },
  ],
  shouldAutoRun: () => process.env.PEERPATH_JOBS !== 'off',
  deleteJobOnComplete: true,
  // Only staff may queue or run jobs through the API.
  access: {
    queue: ({ req }) => req.user?.role === 'admin',
    run: ({ req }) => req.user?.role === 'admin',
    cancel: ({ req }) => req.user?.role === 'admin',
  },
}
