import type { CollectionBeforeValidateHook, Field, PayloadRequest } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import { isAdminUser, organizationOf } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/** The tenant a record belongs to; fixed once the record exists. */
export const organizationField: Field = {
  name: 'organization',
  type: 'relationship',
  relationTo: 'organizations',
  required: true,
  index: true,
  access: { update: () => false },
  admin: { position: 'sidebar' },
}

/**
 * A manager creates records in their own organization only: an explicit other
 * organization is refused (not silently rewritten) so a client learns it was wrong.
 */
export const createInOwnOrganization: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !req.user || isAdminUser(req.user)) return data
  const own = organizationOf(req.user)
  const requested = relationId(data.organization)
  if (own === null || (requested !== null && requested !== own)) throw new Forbidden(req.t)
  return { ...data, organization: own }
}

type Reference = { field: string; collection: 'users' | 'cohorts' | 'modules' | 'paths'; shared?: boolean }

/**
 * Every relationship of an organization's record must point inside that
 * organization (or, for curriculum, at shared content); otherwise a manager
 * could attach another organization's learner or private module by id.
 */
export const assertReferencesInOrganization = async (
  req: PayloadRequest,
  organization: number,
  data: Record<string, unknown>,
  references: Reference[],
) => {
  const errors: { path: string; message: string }[] = []
  for (const { field, collection, shared } of references) {
    const id = relationId(data[field])
    if (id === null) continue
    const doc = await req.payload
      .findByID({ collection, id, depth: 0, req, overrideAccess: true, disableErrors: true, select: { organization: true } })
      .catch(() => null)
    const owner = doc ? relationId((doc as { organization?: unknown }).organization) : undefined
    const allowed = doc !== null && (owner === organization || (shared === true && owner === null))
    if (!allowed) errors.push({ path: field, message: 'Choose one from your own organization.' })
  }
  if (errors.length) throw new ValidationError({ errors })
}

export { relationId }

/**
 * The organization a learning record (progress, attempt, certificate) was made
 * in: written by the server from the learner's organization when the record is
 * created, never by a client and never changed, so a learner who moves on
 * leaves it behind with the organization it belongs to.
 */
export const recordOrganizationField: Field = {
  name: 'organization',
  type: 'relationship',
  relationTo: 'organizations',
  index: true,
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, description: 'The learner’s organization when this record was made.' },
}
