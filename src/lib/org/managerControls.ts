import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { organizationOf } from '@/access/roles'
import { AppError } from '@/lib/errors'
import { relationId } from '@/lib/relationId'
import { recordAudit } from './audit'
import { endOfDayIn, timeZoneOr } from './timeZone'

/**
 * What a manager does to their own organization's people and records from
 * /manage. Every function first proves the target belongs to the manager's
 * organization (read with the manager's access, then its organization
 * compared, because an admin who manages one organization can read all of
 * them) and answers 'not-found' otherwise: another organization's ids reveal nothing.
 */

const organizationOfManager = (manager: User) => {
  const organization = organizationOf(manager)
  if (organization === null) throw new AppError('forbidden', 'Only managers of an organization may do this.')
  return organization
}

const as = (manager: User) => ({ overrideAccess: false, user: manager, depth: 0, disableErrors: true }) as const

/** A person of the manager's own organization, or 'not-found'. */
export const personOfOrganization = async (payload: Payload, manager: User, userId: number) => {
  const organization = organizationOfManager(manager)
  const person = (await payload.findByID({ collection: 'users', id: userId, ...as(manager) }).catch(() => null)) as User | null
  if (!person || relationId(person.organization) !== organization) throw new AppError('not-found', 'No such person in your organization.')
  return { person, organization }
}

export const organizationTimeZone = async (payload: Payload, organizationId: number) => {
  const organization = await payload.findByID({ collection: 'organizations', id: organizationId, depth: 0, overrideAccess: true, disableErrors: true, select: { timeZone: true } })
  return timeZoneOr(organization?.timeZone)
}

/** Module title in English for the audit entry's snapshot (the log shows the reader's language when the module still exists). */
const moduleTitle = async (payload: Payload, moduleId: number | null) => {
  if (moduleId === null) return null
  const doc = await payload.findByID({ collection: 'modules', id: moduleId, depth: 0, locale: 'en', overrideAccess: true, disableErrors: true, select: { title: true } })
  return doc?.title ?? null
}

/** One more attempt at the module's quiz for a learner who used theirs up (or is about to). */
export const grantAttempt = async (payload: Payload, manager: User, args: { learnerId: number; moduleId: number }) => {
  const { person, organization } = await personOfOrganization(payload, manager, args.learnerId)
  if (person.role !== 'learner') throw new AppError('invalid', 'Only learners take quizzes.')
  const quizzes = await payload.find({ collection: 'quizzes', where: { module: { equals: args.moduleId } }, overrideAccess: false, user: manager, depth: 0, limit: 1, select: { title: true } })
  const quiz = quizzes.docs[0]
  if (!quiz) throw new AppError('not-found', 'This module has no quiz.')
  await payload.create({ collection: 'attempt-grants', data: { organization, learner: person.id, quiz: quiz.id, grantedBy: manager.id }, overrideAccess: true })
  await recordAudit(payload, {
    action: 'quiz.attempt-granted',
    organization,
    actor: manager.id,
    summary: `One more quiz attempt for ${person.name}`,
    details: { user: person.id, userName: person.name, quiz: quiz.id, module: args.moduleId, title: await moduleTitle(payload, args.moduleId) },
  })
}

/** Revokes (with a reason) or restores one of the organization's certificates; the Certificates hook logs it. */
export const setCertificateRevoked = async (payload: Payload, manager: User, args: { certificateId: number; revoked: boolean; reason?: string }) => {
  const organization = organizationOfManager(manager)
  const certificate = await payload.findByID({ collection: 'certificates', id: args.certificateId, ...as(manager) }).catch(() => null)
  if (!certificate) throw new AppError('not-found', 'No such certificate in your organization.')
  await personOfOrganization(payload, manager, relationId(certificate.user)!)
  const reason = args.reason?.trim() ?? ''
  if (args.revoked && !reason) throw new AppError('invalid', 'Say why the certificate is revoked.')
  if (Boolean(certificate.revoked) === args.revoked) return
  // Certificates are admin-only through the API; the checks above are the manager's.
  await payload.update({
    collection: 'certificates',
    id: certificate.id,
    data: { revoked: args.revoked, revokedReason: args.revoked ? reason : null },
    overrideAccess: true,
    user: manager,
    context: { auditOrganization: organization },
  })
}

/**
 * A person who left: sign-in is refused (Users' beforeLogin hook), every
 * session ends now (Payload checks the token's session on each request), and
 * they drop out of dashboards and reminders. Their records stay.
 */
export const setDeactivated = async (payload: Payload, manager: User, args: { userId: number; deactivated: boolean }) => {
  const { person, organization } = await personOfOrganization(payload, manager, args.userId)
  if (person.id === manager.id) throw new AppError('invalid', 'You cannot deactivate yourself.')
  if (person.role === 'admin') throw new AppError('forbidden', 'Administrators are managed by an administrator.')
  if (Boolean(person.deactivatedAt) === args.deactivated) return
  await payload.update({
    collection: 'users',
    id: person.id,
    data: args.deactivated ? { deactivatedAt: new Date().toISOString(), sessions: [] } : { deactivatedAt: null },
    overrideAccess: true,
    user: manager,
  })
  await recordAudit(payload, {
    action: args.deactivated ? 'user.deactivated' : 'user.reactivated',
    organization,
    actor: manager.id,
    summary: `${person.name} (${person.email}) ${args.deactivated ? 'deactivated' : 'reactivated'}`,
    details: { user: person.id, userName: person.name, email: person.email },
  })
}

/** Moves an assignment's due date to the end of that day in the organization's time zone; the Assignments hook logs it. */
export const changeDueDate = async (payload: Payload, manager: User, args: { assignmentId: number; dueDate: string }) => {
  const organization = organizationOfManager(manager)
  const assignment = await payload.findByID({ collection: 'assignments', id: args.assignmentId, ...as(manager) }).catch(() => null)
  if (!assignment || relationId(assignment.organization) !== organization) throw new AppError('not-found', 'No such assignment in your organization.')
  const dueDate = endOfDayIn(args.dueDate, await organizationTimeZone(payload, organization)).toISOString()
  await payload.update({ collection: 'assignments', id: assignment.id, data: { dueDate }, overrideAccess: false, user: manager })
}

const cohortOfOrganization = async (payload: Payload, manager: User, cohortId: number) => {
  const organization = organizationOfManager(manager)
  const cohort = await payload.findByID({ collection: 'cohorts', id: cohortId, ...as(manager) }).catch(() => null)
  if (!cohort || relationId(cohort.organization) !== organization) throw new AppError('not-found', 'No such cohort in your organization.')
  return { cohort, organization }
}

export const renameCohort = async (payload: Payload, manager: User, args: { cohortId: number; name: string }) => {
  const { cohort, organization } = await cohortOfOrganization(payload, manager, args.cohortId)
  const name = args.name.trim()
  if (name === cohort.name) return
  const clash = await payload.find({ collection: 'cohorts', where: { and: [{ organization: { equals: organization } }, { name: { equals: name } }] }, overrideAccess: true, depth: 0, limit: 1 })
  if (clash.docs.length) throw new AppError('conflict', 'A cohort with this name already exists.')
  await payload.update({ collection: 'cohorts', id: cohort.id, data: { name }, overrideAccess: false, user: manager })
  await recordAudit(payload, {
    action: 'cohort.renamed',
    organization,
    actor: manager.id,
    summary: `Cohort "${cohort.name}" renamed to "${name}"`,
    details: { cohort: cohort.id, from: cohort.name, to: name },
  })
}

/** Deletes a cohort and its assignments; its members stay, without a cohort (Cohorts hooks, which also log it). */
export const deleteCohort = async (payload: Payload, manager: User, args: { cohortId: number }) => {
  const { cohort } = await cohortOfOrganization(payload, manager, args.cohortId)
  await payload.delete({ collection: 'cohorts', id: cohort.id, overrideAccess: false, user: manager })
}
