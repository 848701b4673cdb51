import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { relationId } from '@/lib/relationId'

/**
 * The domain must belong to the chosen credential (training domain or CE
 * category), and an attached certificate must be the learner's own upload.
 */
export const validateExternalTraining: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  const credentialId = relationId(data.credential ?? originalDoc?.credential)
  const domain = (data.domain ?? originalDoc?.domain) as string | undefined
  const credential = credentialId
    ? await req.payload.findByID({ collection: 'credentials', id: credentialId, depth: 0, req, overrideAccess: !req.user, user: req.user, disableErrors: true }).catch(() => null)
    : null
  if (!credential) errors.push({ path: 'credential', message: 'Choose a credential.' })
  else {
    const keys = [...(credential.domains ?? []), ...(credential.renewal?.categories ?? [])].map((row) => row.key)
    if (!domain || !keys.includes(domain)) errors.push({ path: 'domain', message: `Use one of this credential's domains or categories: ${keys.join(', ')}.` })
  }
  const certificateId = relationId(data.certificate)
  if (certificateId !== null && data.certificate !== originalDoc?.certificate) {
    const upload = await req.payload
      .findByID({ collection: 'training-certificates', id: certificateId, depth: 0, req, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    const learner = relationId(data.learner ?? originalDoc?.learner)
    if (!upload || relationId(upload.learner) !== learner) errors.push({ path: 'certificate', message: 'Attach a certificate you uploaded yourself.' })
  }
  if (errors.length) throw new ValidationError({ errors })
  return data
}
