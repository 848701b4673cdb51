import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/org/audit'
import { relationId } from '../../shared/organizationOwned'

const describe = (doc: Record<string, unknown>) => {
  const target = doc.learner != null ? `learner #${relationId(doc.learner)}` : `cohort #${relationId(doc.cohort)}`
  const what = doc.module != null ? `module #${relationId(doc.module)}` : `path #${relationId(doc.path)}`
  return `${what} to ${target}, due ${String(doc.dueDate).slice(0, 10)}`
}

/**
 * Names (not ids) for the audit log's sentence, snapshotted now: the log still
 * reads when the person or cohort is gone. Titles are in English; the log page
 * shows the module's or path's title in the reader's language while it exists.
 */
const namesOf = async (req: PayloadRequest, doc: Record<string, unknown>) => {
  const find = async (collection: 'users' | 'cohorts' | 'modules' | 'paths', value: unknown, field: 'name' | 'title') => {
    const id = relationId(value)
    if (id === null) return null
    const found = await req.payload.findByID({ collection, id, depth: 0, req, locale: 'en', overrideAccess: true, disableErrors: true, select: { [field]: true } })
    return ((found as Record<string, unknown> | null)?.[field] as string | undefined) ?? null
  }
  return {
    assignment: doc.id,
    userName: await find('users', doc.learner, 'name'),
    cohortName: await find('cohorts', doc.cohort, 'name'),
    module: relationId(doc.module),
    path: relationId(doc.path),
    title: doc.module != null ? await find('modules', doc.module, 'title') : await find('paths', doc.path, 'title'),
    dueDate: doc.dueDate ?? null,
  }
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
        details: { ...(await namesOf(req, doc)), previousDueDate: previousDoc?.dueDate ?? null },
      },
      req,
    )
  }
  return doc
}

export const auditAssignmentDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(
    req.payload,
    { action: 'assignment.deleted', organization: relationId(doc.organization), summary: `Removed ${describe(doc)}`, details: await namesOf(req, doc) },
    req,
  )
}
