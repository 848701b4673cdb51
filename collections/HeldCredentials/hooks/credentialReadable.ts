import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { relationId } from '@/lib/relationId'

/** A learner may only choose a credential they can read: shared, or private to their organization. */
export const credentialReadable: CollectionBeforeValidateHook = async ({ data, req }) => {
  const id = relationId(data?.credential)
  if (!data || id === null || !req.user) return data
  const credential = await req.payload
    .findByID({ collection: 'credentials', id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    .catch(() => null)
  if (!credential) throw new ValidationError({ errors: [{ path: 'credential', message: 'Choose a credential from the list.' }] })
  return data
}
