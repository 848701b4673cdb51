import type { CollectionConfig } from 'payload'

import { hiddenFromTrainers } from '@/access/adminVisibility'
import { isAdmin, readableOrganizations } from '@/access/roles'
import { DEFAULT_TIME_ZONE, isTimeZone } from '@/lib/org/timeZone'

export const SERVICE_SETTINGS = [
  'community-behavioral-health',
  'substance-use-treatment',
  'recovery-community-organization',
  'hospital-emergency-department',
  'criminal-justice',
  'child-welfare',
  'housing-and-homeless-services',
  'primary-care',
  'peer-run-organization',
  'other',
] as const

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  admin: { hidden: hiddenFromTrainers, useAsTitle: 'name', defaultColumns: ['name', 'state', 'serviceSetting'] },
  access: {
    create: isAdmin,
    // Learners and managers see their own organization only (REST, GraphQL and population from users).
    read: readableOrganizations,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, maxLength: 100 },
    {
      name: 'state',
      type: 'text',
      maxLength: 2,
      admin: { description: 'Two-letter US state code, e.g. PA.' },
      validate: (value: string | null | undefined) =>
        !value || /^[A-Z]{2}$/.test(value) || 'Use a two-letter state code such as PA.',
    },
    {
      name: 'serviceSetting',
      type: 'select',
      options: SERVICE_SETTINGS.map((value) => ({
        label: value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
        value,
      })),
    },
    {
      name: 'timeZone',
      type: 'text',
      // Not required, so existing scripts need not name one: the default applies, and readers fall back to it.
      defaultValue: DEFAULT_TIME_ZONE,
      maxLength: 64,
      admin: { description: 'IANA time zone, e.g. America/New_York or America/Los_Angeles: due dates end, reminders go out and the audit log is shown in it.' },
      validate: (value: string | null | undefined) => isTimeZone(value) || 'Use an IANA time zone such as America/New_York.',
    },
  ],
}
