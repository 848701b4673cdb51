import type { Payload, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { organizationOf } from '@/access/roles'
import { parseInvitationCsv } from '@/lib/csv/invitationRows'
import type { RowProblem } from '@/lib/csv/rowProblems'
import { inTransaction } from '@/lib/db'
import { recordAudit } from './audit'
import { hashInvitationToken } from './invitationToken'

export interface InviteInput {
  name: string
  email: string
  /** An existing cohort of the organization. */
  cohortId?: number
  /** A cohort by name; created in the organization when it does not exist yet. */
  cohortName?: string
}

export type InviteOutcome = 'invited' | 'already-member'

const asManager = (manager: User, req: PayloadRequest) => ({ overrideAccess: false, user: manager, req, depth: 0 })

const cohortFor = async (payload: Payload, manager: User, input: InviteInput, req: PayloadRequest) => {
  if (input.cohortId) return input.cohortId
  if (!input.cohortName) return undefined
  const found = await payload.find({ collection: 'cohorts', ...asManager(manager, req), where: { name: { equals: input.cohortName } }, limit: 1 })
  if (found.docs[0]) return found.docs[0].id
  const created = await payload.create({ collection: 'cohorts', ...asManager(manager, req), data: { name: input.cohortName, organization: organizationOf(manager)! } })
  return created.id
}

/**
 * Invites one person into the manager's organization, acting as the manager
 * (their access rules apply). Someone already in the organization is not
 * invited again; a pending or expired invitation is re-sent with a new link
 * instead of duplicated.
 */
export const inviteInTransaction = async (payload: Payload, manager: User, input: InviteInput, req: PayloadRequest): Promise<InviteOutcome> => {
  const email = input.email.trim().toLowerCase()
  const member = await payload.find({ collection: 'users', ...asManager(manager, req), where: { email: { equals: email } }, limit: 1 })
  if (member.docs[0] && organizationOf(member.docs[0]) === organizationOf(manager)) return 'already-member'
  const cohort = await cohortFor(payload, manager, input, req)
  const existing = await payload.find({ collection: 'invitations', ...asManager(manager, req), where: { email: { equals: email } }, limit: 1 })
  const data = { name: input.name.trim(), cohort: cohort ?? null }
  if (existing.docs[0]) {
    await payload.update({ collection: 'invitations', id: existing.docs[0].id, ...asManager(manager, req), data, context: { reissueInvitation: true } })
  } else {
    await payload.create({ collection: 'invitations', ...asManager(manager, req), data: { ...data, email, role: 'learner', organization: organizationOf(manager)! } })
  }
  return 'invited'
}

export const inviteOne = (payload: Payload, manager: User, input: InviteInput) =>
  inTransaction(payload, ({ req }) => inviteInTransaction(payload, manager, input, req), manager)

export interface CsvInviteReport {
  invited: number
  alreadyMembers: number
  errors: RowProblem[]
}

const reasonOf = (error: unknown) => {
  const data = (error as { data?: { errors?: { message: string }[] } }).data
  return data?.errors?.map((e) => e.message).join(' ') || (error instanceof Error ? error.message : 'Could not invite this person.')
}

/**
 * Invites every good row of a CSV; each row is its own transaction, so a row
 * that fails leaves nothing behind and does not stop the others.
 */
export const inviteFromCsv = async (payload: Payload, manager: User, text: string): Promise<CsvInviteReport> => {
  const parsed = parseInvitationCsv(text)
  const report: CsvInviteReport = { invited: 0, alreadyMembers: 0, errors: [...parsed.errors] }
  for (const row of parsed.valid) {
    try {
      const outcome = await inviteOne(payload, manager, { name: row.name, email: row.email, cohortName: row.cohort })
      if (outcome === 'invited') report.invited++
      else report.alreadyMembers++
    } catch (error) {
      report.errors.push({ line: row.line, reason: reasonOf(error) })
    }
  }
  report.errors.sort((a, b) => a.line - b.line)
  return report
}

export type AcceptResult =
  | { ok: true; email: string }
  | { ok: false; reason: 'invalid' | 'used' | 'expired' | 'revoked' | 'other-organization' }

interface InvitationRow {
  id: number
  organization_id: number
  email: string
  cohort_id: number | null
  role: 'learner' | 'manager'
  expires_at: Date
  accepted_at: Date | null
  revoked_at: Date | null
}

/** What the invitation page may show before the form is sent: whether the link is usable, and for whom. */
export const lookupInvitation = async (payload: Payload, token: string) => {
  const result = await payload.find({
    collection: 'invitations',
    where: { tokenHash: { equals: hashInvitationToken(token) } },
    overrideAccess: true,
    limit: 1,
    depth: 1,
    select: { name: true, email: true, organization: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  })
  const invitation = result.docs[0]
  if (!invitation) return { status: 'invalid' as const }
  const status = invitation.acceptedAt ? 'used' : invitation.revokedAt ? 'revoked' : new Date(invitation.expiresAt!) < new Date() ? 'expired' : 'open'
  const organization = typeof invitation.organization === 'object' ? invitation.organization.name : ''
  return { status, name: invitation.name, email: invitation.email, organization } as const
}

/**
 * Accepts an invitation: the row is locked, so of two simultaneous uses of one
 * link exactly one succeeds. Creates the learner (or sets the password of the
 * same person already in the organization) and marks the link used, all in
 * one transaction.
 */
export const acceptInvitation = (payload: Payload, input: { token: string; name: string; password: string }): Promise<AcceptResult> =>
  inTransaction(payload, async ({ req, query }) => {
    const [invitation] = await query<InvitationRow[]>(
      `select id, organization_id, email, cohort_id, role::text, expires_at, accepted_at, revoked_at
       from invitations where token_hash = $1 for update`,
      [hashInvitationToken(input.token)],
    )
    if (!invitation) return { ok: false, reason: 'invalid' }
    if (invitation.accepted_at) return { ok: false, reason: 'used' }
    if (invitation.revoked_at) return { ok: false, reason: 'revoked' }
    if (new Date(invitation.expires_at).getTime() <= Date.now()) return { ok: false, reason: 'expired' }

    const found = await payload.find({ collection: 'users', where: { email: { equals: invitation.email } }, limit: 1, depth: 0, req, overrideAccess: true })
    const existing = found.docs[0]
    if (existing && organizationOf(existing) !== invitation.organization_id) return { ok: false, reason: 'other-organization' }
    const membership = { organization: invitation.organization_id, cohort: invitation.cohort_id ?? existing?.cohort ?? null }
    const user = existing
      ? await payload.update({ collection: 'users', id: existing.id, data: { name: input.name, password: input.password, ...membership }, req, overrideAccess: true })
      : await payload.create({
          collection: 'users',
          data: { email: invitation.email, name: input.name, password: input.password, role: invitation.role, ...membership },
          req,
          overrideAccess: true,
        })
    await query(`update invitations set accepted_at = now(), accepted_user_id = $2, updated_at = now() where id = $1`, [invitation.id, user.id])
    await recordAudit(payload, { action: 'invitation.accepted', organization: invitation.organization_id, actor: user.id, summary: `${invitation.email} accepted the invitation`, details: { invitation: invitation.id, userName: user.name, email: invitation.email } }, req)
    return { ok: true, email: invitation.email }
  })
