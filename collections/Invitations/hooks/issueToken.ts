import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { recordAudit } from '@/lib/org/audit'
import { invitationEmail } from '@/lib/email/invitationEmail'
import { hashInvitationToken, invitationTtlDays, newInvitationToken } from '@/lib/org/invitationToken'
import { assertReferencesInOrganization, relationId } from '../../shared/organizationOwned'

const DAY = 24 * 60 * 60 * 1000

/**
 * A new invitation, or one re-sent (`context.reissueInvitation`), gets a fresh
 * token: the previous link stops working. Only the hash is stored; the raw
 * token travels to afterChange in `context` and leaves the server only by email.
 */
export const issueToken: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const organization = relationId(merged.organization)
  if (organization !== null) {
    await assertReferencesInOrganization(req, organization, merged, [{ field: 'cohort', collection: 'cohorts' }])
  }
  if (typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
  if (operation === 'create' || req.context.reissueInvitation === true) {
    const token = newInvitationToken()
    req.context.invitationToken = token
    data.tokenHash = hashInvitationToken(token)
    data.expiresAt = new Date(Date.now() + invitationTtlDays() * DAY).toISOString()
    data.lastSentAt = new Date().toISOString()
    data.acceptedAt = null
    data.acceptedUser = null
    data.revokedAt = null
    if (req.user) data.invitedBy = req.user.id
  }
  return data
}

export const sendInvitation: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const token = req.context.invitationToken
  const organizationId = relationId(doc.organization)
  if (typeof token === 'string') {
    delete req.context.invitationToken
    const organization = await req.payload.findByID({ collection: 'organizations', id: organizationId!, depth: 0, req, select: { name: true } })
    await req.payload.sendEmail({
      to: doc.email,
      ...invitationEmail({ token, name: doc.name, organization: organization.name, expiresAt: new Date(doc.expiresAt) }),
    })
    await recordAudit(req.payload, { action: 'invitation.sent', organization: organizationId, summary: `Invitation sent to ${doc.email}`, details: { invitation: doc.id, userName: doc.name, email: doc.email } }, req)
  } else if (doc.revokedAt && !previousDoc?.revokedAt) {
    await recordAudit(req.payload, { action: 'invitation.revoked', organization: organizationId, summary: `Invitation to ${doc.email} revoked`, details: { invitation: doc.id, userName: doc.name, email: doc.email } }, req)
  }
  return doc
}
