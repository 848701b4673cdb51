import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { relationId } from '@/lib/relationId'

/**
 * The domain must be one of the credential's training domains or renewal
 * categories; the mapping takes the credential's organization, so a private
 * credential's mappings stay private too.
 */
export const validateCreditMapping: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const credentialId = relationId(data.credential ?? originalDoc?.credential)
  const domain = (data.domain ?? originalDoc?.domain) as string | undefined
  const credential = credentialId
    ? await req.payload.findByID({ collection: 'credentials', id: credentialId, depth: 0, req, overrideAccess: true, disableErrors: true }).catch(() => null)
    : null
  if (!credential) throw new ValidationError({ errors: [{ path: 'credential', message: 'Choose a credential.' }] })
  const keys = [...(credential.domains ?? []), ...(credential.renewal?.categories ?? [])].map((row) => row.key)
  if (!domain || !keys.includes(domain)) {
    throw new ValidationError({ errors: [{ path: 'domain', message: `Use one of this credential's domains or categories: ${keys.join(', ')}.` }] })
  }
  return { ...data, organization: relationId(credential.organization) }
}
