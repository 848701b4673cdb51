import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '@/lib/org/audit'
import { relationId } from '../../shared/organizationOwned'

const describe = (doc: Record<string, unknown>) => {
  const target = doc.learner != null ? `learner #${relationId(doc.learner)}` : `cohort #${relationId(doc.cohort)}`
  const what = doc.module != null ? `module #${relationId(doc.module)}` : `path #${relationId(doc.path)}`
  return `${what} to ${target}, due ${String(doc.dueDate).slice(0, 10)}`
}

export const auditAssignmentChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const changed = operation === 'create' || previousDoc?.dueDate !== doc.dueDate
  if (changed) {
    await recordAudit(
      req.payload,
      {
        action: operation === 'create' ? 'assignment.created' : 'assignment.updated',
        organization: relationId(doc.organization),
        summary: `${operation === 'create' ? 'Assigned' : 'Changed'} ${describe(doc)}`,
        details: { assignment: doc.id, previousDueDate: previousDoc?.dueDate ?? null },
      },
      req,
    )
  }
  return doc
}

export const auditAssignmentDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(
    req.payload,
    { action: 'assignment.deleted', organization: relationId(doc.organization), summary: `Removed ${describe(doc)}`, details: { assignment: doc.id } },
    req,
  )
}
