import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/access/roles'

import { runRemindersNowEndpoint } from './endpoints/runNow'

/**
 * One row per reminder or digest sent. The unique `dedupeKey` (kind,
 * recipient, assignment, day or week) is what makes sending idempotent across
 * restarts, retries and several app instances: a send happens only after its
 * row was inserted.
 */
export const ReminderDeliveries: CollectionConfig = {
  slug: 'reminder-deliveries',
  admin: { defaultColumns: ['kind', 'recipient', 'period', 'createdAt'], group: 'Organizations' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  endpoints: [runRemindersNowEndpoint],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'Due or overdue reminder', value: 'due-reminder' },
        { label: 'Weekly manager digest', value: 'weekly-digest' },
        { label: 'Credential expiring', value: 'credential-expiry' },
        { label: 'Supervision overdue', value: 'supervision-overdue' },
        { label: 'Module certificate expiring', value: 'certificate-expiry' },
      ],
    },
    { name: 'recipient', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'assignment', type: 'relationship', relationTo: 'assignments' },
    { name: 'period', type: 'text', required: true, maxLength: 20 },
    { name: 'dedupeKey', type: 'text', required: true, unique: true, index: true, maxLength: 200 },
  ],
}
