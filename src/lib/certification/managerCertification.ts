import type { Payload, Where } from 'payload'

import type { SupervisionSession, User } from '@/payload-types'

import { isoDay, weekStart } from '@/lib/credentials/dates'
import { inTransaction } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { recordAudit } from '@/lib/org/audit'
import { personOfOrganization } from '@/lib/org/managerControls'
import { relationId } from '@/lib/relationId'

/**
 * The certification work a manager does for a learner of their own
 * organization from /manage. Every write runs with the manager's access
 * (overrideAccess: false), so the collections' own rules and hooks (who may
 * decide, the reason a rejection needs, immutable acknowledged supervision,
 * the audit entries) apply exactly as through the API. A learner of another
 * organization is 'not-found'.
 */

const as = (manager: User) => ({ overrideAccess: false, user: manager, depth: 0 }) as const

const learnerOfOrganization = async (payload: Payload, manager: User, learnerId: number) => {
  const found = await personOfOrganization(payload, manager, learnerId)
  if (found.person.role !== 'learner') throw new AppError('invalid', 'Only learners work toward a credential.')
  return found
}

/** Payload's validation errors carry the collection's own sentence (e.g. a rejection needs a reason). */
const asAppError = (error: unknown): never => {
  if (error instanceof AppError) throw error
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : 'The change was refused.'
  if (status === 400) throw new AppError('invalid', message)
  if (status === 403) throw new AppError('forbidden', message)
  if (status === 404) throw new AppError('not-found', message)
  if (status === 409) throw new AppError('conflict', message)
  throw error
}

/**
 * The credential a learner works toward: changes the one they are working
 * toward (if any) to this one, or starts one. Credentials they already hold stay.
 */
export const chooseCredentialFor = async (payload: Payload, manager: User, args: { learnerId: number; credentialId: number }) => {
  const { person, organization } = await learnerOfOrganization(payload, manager, args.learnerId)
  const credential = await payload.findByID({ collection: 'credentials', id: args.credentialId, ...as(manager), locale: 'en', disableErrors: true }).catch(() => null)
  if (!credential) throw new AppError('not-found', 'No such credential.')
  const rows = (await payload.find({ collection: 'held-credentials', ...as(manager), where: { learner: { equals: person.id } }, pagination: false, limit: 100 })).docs
  if (rows.some((row) => relationId(row.credential) === credential.id)) throw new AppError('conflict', 'The learner already has this credential.')
  const pursuing = rows.find((row) => row.status === 'pursuing')
  await inTransaction(
    payload,
    async ({ req }) => {
      if (pursuing) {
        await payload.update({ collection: 'held-credentials', id: pursuing.id, data: { credential: credential.id }, ...as(manager), req }).catch(asAppError)
      } else {
        await payload.create({ collection: 'held-credentials', data: { learner: person.id, credential: credential.id, status: 'pursuing' } as never, ...as(manager), req }).catch(asAppError)
      }
      await recordAudit(
        payload,
        {
          action: 'credential.chosen',
          organization,
          actor: manager.id,
          summary: `${person.name} now works toward ${credential.name}`,
          details: { user: person.id, userName: person.name, credential: credential.id, credentialName: credential.name, previous: pursuing ? relationId(pursuing.credential) : null },
        },
        req,
      )
    },
    manager,
  )
}

export type Decision = 'approved' | 'rejected'

const reasonFor = (decision: Decision, reason: string | undefined) => {
  const text = reason?.trim() ?? ''
  if (decision === 'rejected' && !text) throw new AppError('invalid', 'Say why the record is rejected, so the learner can put it right.')
  return text || null
}

/** Approves or rejects one external training waiting for review (the collection audits the decision). */
export const decideExternalTraining = async (payload: Payload, manager: User, args: { id: number; decision: Decision; reason?: string }) => {
  const decisionReason = reasonFor(args.decision, args.reason)
  const training = await payload.findByID({ collection: 'external-trainings', id: args.id, ...as(manager), disableErrors: true }).catch(() => null)
  // An admin may read every organization's: the record must be the manager's own organization's.
  if (!training || relationId(training.organization) !== relationId(manager.organization)) throw new AppError('not-found', 'No such training record in your organization.')
  if (training.status !== 'pending') throw new AppError('conflict', 'This training was already decided.')
  await payload.update({ collection: 'external-trainings', id: training.id, data: { status: args.decision, decisionReason }, ...as(manager) }).catch(asAppError)
}

/** The Monday of a day's week, as the collection stores `weekOf`. */
export const weekOfDay = (day: string) => isoDay(weekStart(day))

/**
 * Approves or rejects every entry of one learner's week that waits for
 * review, all or none (one transaction); each entry's decision is audited.
 * Returns how many entries were decided.
 */
export const decideExperienceWeek = async (payload: Payload, manager: User, args: { learnerId: number; weekOf: string; decision: Decision; reason?: string }) => {
  const decisionReason = reasonFor(args.decision, args.reason)
  const { person } = await learnerOfOrganization(payload, manager, args.learnerId)
  const monday = weekOfDay(args.weekOf)
  const where: Where = { and: [{ learner: { equals: person.id } }, { weekOf: { equals: `${monday}T00:00:00.000Z` } }, { status: { equals: 'pending' } }] }
  const pending = (await payload.find({ collection: 'experience-logs', ...as(manager), where, pagination: false, limit: 200 })).docs
  if (pending.length === 0) throw new AppError('not-found', 'Nothing in this week waits for review.')
  await inTransaction(
    payload,
    async ({ req }) => {
      for (const entry of pending) {
        await payload.update({ collection: 'experience-logs', id: entry.id, data: { status: args.decision, decisionReason }, ...as(manager), req }).catch(asAppError)
      }
    },
    manager,
  )
  return pending.length
}

export interface SupervisionInput {
  learnerId: number
  date: string
  durationMinutes: number
  format: SupervisionSession['format']
  mode: SupervisionSession['mode']
  topics: NonNullable<SupervisionSession['topics']>
  notes?: string
  /** An earlier entry of the same learner that this one corrects. */
  corrects?: number
}

/** Records a supervision session the manager gave (the collection audits it and makes the manager the supervisor). */
export const recordSupervision = async (payload: Payload, manager: User, input: SupervisionInput) => {
  const { person } = await learnerOfOrganization(payload, manager, input.learnerId)
  if (input.corrects !== undefined) {
    const original = await payload.findByID({ collection: 'supervision-sessions', id: input.corrects, ...as(manager), disableErrors: true }).catch(() => null)
    if (!original || relationId(original.learner) !== person.id) throw new AppError('invalid', 'A correction must refer to an earlier entry for the same learner.')
  }
  return payload
    .create({
      collection: 'supervision-sessions',
      data: {
        learner: person.id,
        date: input.date,
        durationMinutes: input.durationMinutes,
        format: input.format,
        mode: input.mode,
        topics: input.topics,
        notes: input.notes?.trim() || undefined,
        corrects: input.corrects,
      } as never,
      ...as(manager),
    })
    .catch(asAppError)
}

/**
 * Withdraws a supervision entry the learner has not acknowledged yet (recorded
 * by mistake, or for the wrong person). An acknowledged entry is part of the
 * learner's record: the collection refuses it ('conflict' here), and it is put
 * right by a correction instead. The collection audits the deletion.
 */
export const withdrawSupervision = async (payload: Payload, manager: User, args: { learnerId: number; id: number }) => {
  const { person } = await learnerOfOrganization(payload, manager, args.learnerId)
  const entry = await payload.findByID({ collection: 'supervision-sessions', id: args.id, ...as(manager), disableErrors: true }).catch(() => null)
  if (!entry || relationId(entry.learner) !== person.id) throw new AppError('not-found', 'No such supervision entry for this learner.')
  // An acknowledged entry is refused by the collection itself (409, answered here as 'conflict').
  await payload.delete({ collection: 'supervision-sessions', id: entry.id, ...as(manager) }).catch(asAppError)
}
