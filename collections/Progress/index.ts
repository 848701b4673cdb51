import type { CollectionConfig } from 'payload'

import { hiddenFromTrainers } from '@/access/adminVisibility'
import { isAdmin, nobody, ownRecordsInOrganization } from '@/access/roles'
import { recordOrganizationField } from '../shared/organizationOwned'
import { trackProgressEndpoint } from './endpoints/track'

/**
 * One row per learner and lesson (unique), written only by the track endpoint
 * so that status, time and completion are never taken from the client as-is.
 */
export const Progress: CollectionConfig = {
  slug: 'progress',
  admin: { hidden: hiddenFromTrainers, defaultColumns: ['user', 'lesson', 'status', 'timeSpentSeconds', 'updatedAt'], group: 'Learning records' },
  access: {
    read: ownRecordsInOrganization,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  indexes: [{ fields: ['user', 'lesson'], unique: true }],
  endpoints: [trackProgressEndpoint],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'lesson', type: 'relationship', relationTo: 'lessons', required: true, index: true },
    { name: 'module', type: 'relationship', relationTo: 'modules', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'in-progress',
      options: [
        { label: 'In progress', value: 'in-progress' },
        { label: 'Completed', value: 'completed' },
      ],
    },
    { name: 'startedAt', type: 'date', required: true },
    { name: 'completedAt', type: 'date' },
    { name: 'lastSeenAt', type: 'date', required: true },
    {
      name: 'timeSpentSeconds',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      admin: { description: 'Time on task measured by the server from the lesson page’s heartbeats (each gap capped), never taken from the client.' },
    },
    { name: 'lastPosition', type: 'number', required: true, defaultValue: 0, min: 0, max: 100 },
    recordOrganizationField,
  ],
}
