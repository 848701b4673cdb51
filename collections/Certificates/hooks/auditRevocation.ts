import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/lib/org/audit'
import { invalidateAfterCommit } from '@/cache/invalidate'

import { organizationTags } from '../../shared/hooks/revalidateOrganization'
import { relationId } from '../../shared/organizationOwned'

/** Revoking or restoring a certificate is logged under the holder's organization. */
export const auditRevocation: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || Boolean(previousDoc?.revoked) === Boolean(doc.revoked)) return doc
  const holder = await req.payload.findByID({ collection: 'users', id: relationId(doc.user)!, depth: 0, req, select: { organization: true }, disableErrors: true })
  await invalidateAfterCommit(req, organizationTags(holder?.organization))
  await recordAudit(
    req.payload,
    {
      action: doc.revoked ? 'certificate.revoked' : 'certificate.restored',
      organization: relationId(holder?.organization),
      summary: `Certificate ${doc.code} for ${doc.learnerName} ${doc.revoked ? 'revoked' : 'restored'}${doc.revokedReason ? `: ${doc.revokedReason}` : ''}`,
      details: { certificate: doc.id, code: doc.code, userName: doc.learnerName, module: relationId(doc.module), reason: doc.revoked ? (doc.revokedReason ?? null) : null },
    },
    req,
  )
  return doc
}
