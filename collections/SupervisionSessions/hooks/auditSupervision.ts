import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '@/lib/org/audit'
import { relationId } from '@/lib/relationId'

const describe = (doc: Record<string, unknown>) => `Supervision on ${String(doc.date).slice(0, 10)} (${doc.durationMinutes} min)`

export const auditSupervisionChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const details = { id: doc.id, learner: relationId(doc.learner), corrects: relationId(doc.corrects) }
  const organization = relationId(doc.organization)
  if (operation === 'create') {
    const summary = doc.corrects ? `${describe(doc)} recorded, correcting entry ${relationId(doc.corrects)}` : `${describe(doc)} recorded`
    await recordAudit(req.payload, { action: 'supervision.recorded', organization, summary, details }, req)
  } else if (doc.acknowledged && !previousDoc?.acknowledged) {
    await recordAudit(req.payload, { action: 'supervision.acknowledged', organization, summary: `${describe(doc)} acknowledged by the learner`, details }, req)
  }
  return doc
}

export const auditSupervisionDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(req.payload, { action: 'supervision.deleted', organization: relationId(doc.organization), summary: `${describe(doc)} deleted before acknowledgement`, details: { id: doc.id } }, req)
}
