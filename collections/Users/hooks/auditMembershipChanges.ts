import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { type AuditAction, recordAudit } from '@/lib/org/audit'
import { relationId } from '../../shared/organizationOwned'

const WATCHED: { field: 'role' | 'organization' | 'cohort'; action: AuditAction }[] = [
  { field: 'role', action: 'user.role-changed' },
  { field: 'organization', action: 'user.organization-changed' },
  { field: 'cohort', action: 'user.cohort-changed' },
]

/** A cohort change reads with the cohorts' names ("moved from March hires to April hires"). */
const cohortNames = async (req: PayloadRequest, field: string, before: unknown, after: unknown) => {
  if (field !== 'cohort') return {}
  const name = async (id: unknown) =>
    typeof id === 'number'
      ? ((await req.payload.findByID({ collection: 'cohorts', id, depth: 0, req, overrideAccess: true, disableErrors: true, select: { name: true } }))?.name ?? null)
      : null
  return { beforeName: await name(before), afterName: await name(after) }
}

const valueOf = (value: unknown) => (typeof value === 'string' ? value : relationId(value))

/** Role, organization and cohort changes are security-relevant: each leaves an audit entry. */
export const auditMembershipChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  for (const { field, action } of WATCHED) {
    const before = valueOf(previousDoc[field])
    const after = valueOf(doc[field])
    if (before === after) continue
    await recordAudit(
      req.payload,
      {
        action,
        // Logged under the organization the person belongs to now (and the old one, when that changed).
        organization: relationId(doc.organization) ?? relationId(previousDoc.organization),
        summary: `${doc.email}: ${field} changed from ${before ?? 'none'} to ${after ?? 'none'}`,
        details: { user: doc.id, userName: doc.name, email: doc.email, field, before, after, ...(await cohortNames(req, field, before, after)) },
      },
      req,
    )
    if (field === 'organization' && before !== null) {
      await recordAudit(req.payload, { action, organization: before as number, summary: `${doc.email} left the organization`, details: { user: doc.id, userName: doc.name, email: doc.email, left: true } }, req)
    }
  }
  return doc
}
