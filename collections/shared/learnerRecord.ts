import type { CollectionAfterChangeHook, CollectionBeforeValidateHook, Field, PayloadRequest } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import { isAdminUser, isOrgManagerUser, organizationOf } from '@/access/roles'
import { type AuditAction, recordAudit } from '@/lib/org/audit'
import { relationId } from '@/lib/relationId'

/** The learner a certification record is about; fixed once recorded. */
export const learnerField: Field = {
  name: 'learner',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  access: { update: () => false },
}

/** Copied from the learner on create, so access rules need no join and never change with a later move. */
export const learnerOrganizationField: Field = {
  name: 'organization',
  type: 'relationship',
  relationTo: 'organizations',
  required: true,
  index: true,
  access: { update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}

const organizationOfUserId = async (req: PayloadRequest, id: number): Promise<number | null> => {
  const learner = await req.payload
    .findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true, disableErrors: true, select: { organization: true } })
    .catch(() => null)
  return learner ? relationId(learner.organization) : null
}

const notYourOrganization = () => new ValidationError({ errors: [{ path: 'learner', message: 'Choose a learner from your own organization.' }] })

/**
 * On create: a learner records for themselves only (the learner defaults to
 * them); a manager for a learner of their own organization (`managersOnly`
 * refuses learners altogether); the organization is always the learner's.
 * Without a user (the seed, scripts) the data is taken as given.
 */
export const assignLearner =
  ({ managersOnly = false } = {}): CollectionBeforeValidateHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || !data) return data
    const user = req.user
    const manager = isOrgManagerUser(user) || isAdminUser(user)
    if (user && managersOnly && !manager) throw new Forbidden(req.t)
    const learner = relationId(data.learner) ?? (user && !manager ? Number(user.id) : null)
    if (learner === null) throw new ValidationError({ errors: [{ path: 'learner', message: 'Choose the learner this record is about.' }] })
    if (user && !manager && learner !== user.id) throw new Forbidden(req.t)
    const organization = await organizationOfUserId(req, learner)
    if (organization === null) throw notYourOrganization()
    if (user && !isAdminUser(user) && organization !== organizationOf(user)) throw notYourOrganization()
    const requested = relationId(data.organization)
    if (requested !== null && requested !== organization) throw new Forbidden(req.t)
    return { ...data, learner, organization }
  }

/** Whether the acting user may review records of this organization (Local API calls without a user may). */
export const mayReview = (req: PayloadRequest, organization: number | null): boolean =>
  !req.user || isAdminUser(req.user) || (isOrgManagerUser(req.user) && organizationOf(req.user) === organization)

export const REVIEW_STATUSES = [
  { label: 'Waiting for review', value: 'pending' },
  { label: 'Approved', value: 'approved' },
  { label: 'Rejected', value: 'rejected' },
]

/** Status and decision fields of a record a manager approves or rejects. */
export const reviewFields: Field[] = [
  { name: 'status', type: 'select', required: true, defaultValue: 'pending', index: true, options: REVIEW_STATUSES, admin: { position: 'sidebar' } },
  { name: 'decisionReason', type: 'textarea', maxLength: 1000, admin: { position: 'sidebar', description: 'Required when rejecting; the learner sees it.' } },
  { name: 'decidedBy', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
  { name: 'decidedAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
]

/**
 * Only a manager of the learner's organization (or an admin) sets the status;
 * a learner's own record starts pending. A rejection needs a reason. Runs
 * before validation so a refused change writes nothing.
 */
export const reviewDecision: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const organization = relationId(operation === 'create' ? data.organization : originalDoc?.organization)
  const previous = operation === 'create' ? 'pending' : originalDoc?.status
  const next = data.status ?? previous
  if (next === previous) {
    // Editing a record takes it back for review only if it was never decided: access keeps learners off decided ones.
    return data
  }
  if (!mayReview(req, organization)) throw new Forbidden(req.t)
  const reason = typeof data.decisionReason === 'string' ? data.decisionReason.trim() : (originalDoc?.decisionReason ?? '')
  if (next === 'rejected' && !reason) {
    throw new ValidationError({ errors: [{ path: 'decisionReason', message: 'Say why the record is rejected, so the learner can put it right.' }] })
  }
  return { ...data, decidedBy: req.user?.id ?? null, decidedAt: new Date().toISOString() }
}

/** Audits every decision, inside the write's own transaction. */
export const auditReviewDecision =
  (actions: { approved: AuditAction; rejected: AuditAction }, describe: (doc: Record<string, unknown>) => string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const status = doc.status as string
    if (status === (previousDoc?.status ?? 'pending') || (status !== 'approved' && status !== 'rejected')) return doc
    await recordAudit(
      req.payload,
      {
        action: actions[status],
        organization: relationId(doc.organization),
        summary: `${describe(doc)} ${status}${status === 'rejected' && doc.decisionReason ? `: ${doc.decisionReason}` : ''}`,
        details: { id: doc.id, learner: relationId(doc.learner), reason: doc.decisionReason ?? null },
      },
      req,
    )
    return doc
  }
