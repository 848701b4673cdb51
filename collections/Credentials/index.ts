import type { CollectionConfig } from 'payload'

import { isContentEditor } from '@/access/roles'
import { sharedOrOwnOrganizationsCredentials } from '@/access/learnerRecords'
import { shippedContentHashField, slugField } from '../shared/contentFields'
import { validateRequirementKeys } from './hooks/validateRequirementKeys'

const CADENCES = [
  { label: 'No set cadence', value: 'none' },
  { label: 'Weekly', value: 'weekly' },
  { label: 'Monthly', value: 'monthly' },
]

const hoursField = (name: string, label?: string) => ({ name, label, type: 'number' as const, min: 0, max: 10_000, defaultValue: 0, required: true })

/**
 * A certification board's rules as editable data, with the source they were
 * read from and when: boards change their rules, so nothing here is code.
 * Shared with everyone, or private to one organization.
 */
export const Credentials: CollectionConfig = {
  slug: 'credentials',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'board', 'jurisdiction', 'asOf'], group: 'Certification' },
  defaultSort: 'name',
  access: { read: sharedOrOwnOrganizationsCredentials, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
  hooks: { beforeValidate: [validateRequirementKeys] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField,
    { name: 'board', type: 'text', required: true, maxLength: 200 },
    { name: 'jurisdiction', type: 'text', required: true, maxLength: 120 },
    { name: 'sourceUrl', type: 'text', required: true, maxLength: 500, validate: (value: unknown) => (typeof value === 'string' && /^https?:\/\//.test(value)) || 'Give the address (https://…) the rules were read from.' },
    { name: 'asOf', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' }, description: 'When the rules were last checked against the source.' } },
    { name: 'notes', type: 'textarea', localized: true, maxLength: 4000 },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: { position: 'sidebar', description: 'Leave empty to share with every organization.' },
    },
    {
      name: 'domains',
      label: 'Training hours by domain',
      type: 'array',
      fields: [
        { name: 'key', type: 'text', required: true, maxLength: 60 },
        { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
        hoursField('hours'),
      ],
    },
    hoursField('experienceHours', 'Experience hours (paid or volunteer)'),
    {
      name: 'experienceRequirements',
      label: 'Of which',
      type: 'array',
      fields: [
        {
          name: 'condition',
          type: 'select',
          required: true,
          options: [
            { label: 'With peers of similar lived experience', value: 'with-similar-peers' },
            { label: 'Paid', value: 'paid' },
            { label: 'Volunteer', value: 'volunteer' },
          ],
        },
        hoursField('hours'),
      ],
    },
    hoursField('supervisionHours', 'Supervision hours'),
    { name: 'supervisionCadenceInitial', label: 'Supervision while pursuing or initially certified', type: 'select', required: true, defaultValue: 'none', options: CADENCES },
    { name: 'supervisionCadenceAfter', label: 'Supervision once fully certified', type: 'select', required: true, defaultValue: 'none', options: CADENCES },
    {
      name: 'exam',
      type: 'group',
      admin: { description: 'Recorded, not administered: PeerPath does not give the board exam.' },
      fields: [
        { name: 'required', type: 'checkbox', defaultValue: false },
        { name: 'name', type: 'text', maxLength: 200 },
      ],
    },
    {
      name: 'renewal',
      type: 'group',
      fields: [
        { name: 'cycleMonths', type: 'number', required: true, min: 1, max: 120, defaultValue: 24 },
        {
          name: 'basis',
          type: 'select',
          required: true,
          defaultValue: 'anniversary',
          options: [
            { label: 'From the date issued (anniversary)', value: 'anniversary' },
            { label: 'Calendar year', value: 'calendar-year' },
          ],
        },
        hoursField('ceHours', 'Continuing-education hours per cycle'),
        {
          name: 'categories',
          label: 'Continuing education by category',
          type: 'array',
          fields: [
            { name: 'key', type: 'text', required: true, maxLength: 60 },
            { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
            hoursField('hours'),
          ],
        },
      ],
    },
    shippedContentHashField,
  ],
}
