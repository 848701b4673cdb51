import type { Payload, PayloadRequest } from 'payload'

export const AUDIT_ACTIONS = [
  'invitation.sent',
  'invitation.accepted',
  'invitation.revoked',
  'user.role-changed',
  'user.organization-changed',
  'user.cohort-changed',
  'user.deactivated',
  'user.reactivated',
  'cohort.created',
  'cohort.renamed',
  'cohort.deleted',
  'assignment.created',
  'assignment.updated',
  'assignment.deleted',
  'certificate.revoked',
  'certificate.restored',
  'quiz.attempt-granted',
  'report.exported',
  'readiness.completed',
  'external-training.approved',
  'external-training.rejected',
  'experience.approved',
  'experience.rejected',
  'supervision.recorded',
  'supervision.acknowledged',
  'supervision.deleted',
  'credential.chosen',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  action: AuditAction
  organization: number | null
  summary: string
  actor?: number | null
  details?: Record<string, unknown>
}

/**
 * Appends to the audit log. The log has no create access for anyone, so this
 * is the one writer; with `req` it joins the caller's transaction and is
 * rolled back with the action it describes.
 */
export const recordAudit = async (payload: Payload, entry: AuditEntry, req?: PayloadRequest) => {
  await payload.create({
    collection: 'audit-events',
    data: {
      action: entry.action,
      organization: entry.organization ?? undefined,
      summary: entry.summary.slice(0, 500),
      actor: entry.actor ?? (req?.user?.id as number | undefined) ?? undefined,
      details: entry.details ?? {},
    },
    overrideAccess: true,
    req,
  })
}
