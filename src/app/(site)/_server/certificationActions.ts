'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import type { ManageState } from './manageActions'

import { chooseCredentialFor, decideExperienceWeek, decideExternalTraining, recordSupervision } from '@/lib/certification/managerCertification'
import { isAppError } from '@/lib/errors'
import { requireManager } from './session'

/**
 * The manager's certification controls on /manage/learners/[id]. zod checks
 * the form (a bad one writes nothing and says why); the work is done by
 * src/lib/certification/managerCertification.ts with the manager's access.
 */

const Id = z.coerce.number().int().positive()
const Reason = z.string().trim().max(500).optional()
const Day = z.iso.date()

const run = async (learnerId: number, work: () => Promise<unknown>, done: string, errors: Partial<Record<string, string>> = {}): Promise<ManageState> => {
  try {
    await work()
  } catch (error) {
    if (!isAppError(error)) throw error
    return { error: errors[error.code] ?? (error.code === 'not-found' ? 'notFound' : 'failed') }
  }
  revalidatePath(`/manage/learners/${learnerId}`)
  revalidatePath('/manage')
  return { done }
}

const Choice = z.object({ learner: Id, credential: Id })

export const chooseCredentialAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = Choice.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: 'credentialInvalid' }
  return run(parsed.data.learner, () => chooseCredentialFor(payload, user, { learnerId: parsed.data.learner, credentialId: parsed.data.credential }), 'credentialChosen', {
    conflict: 'credentialAlready',
    invalid: 'notALearner',
  })
}

const Decision = z.enum(['approved', 'rejected'])
const TrainingDecision = z.object({ learner: Id, id: Id, decision: Decision, reason: Reason })

export const externalTrainingDecisionAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = TrainingDecision.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: String(form.get('reason') ?? '').length > 500 ? 'reasonTooLong' : 'failed' }
  const { learner, id, decision, reason } = parsed.data
  return run(learner, () => decideExternalTraining(payload, user, { id, decision, reason }), decision === 'approved' ? 'trainingApproved' : 'trainingRejected', {
    invalid: 'rejectReasonRequired',
    conflict: 'alreadyDecided',
  })
}

const WeekDecision = z.object({ learner: Id, weekOf: Day, decision: Decision, reason: Reason })

export const experienceWeekDecisionAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = WeekDecision.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: String(form.get('reason') ?? '').length > 500 ? 'reasonTooLong' : 'failed' }
  const { learner, weekOf, decision, reason } = parsed.data
  return run(learner, () => decideExperienceWeek(payload, user, { learnerId: learner, weekOf, decision, reason }), decision === 'approved' ? 'weekApproved' : 'weekRejected', {
    invalid: 'rejectReasonRequired',
  })
}

export const SUPERVISION_TOPIC_VALUES = ['case-and-activity-review', 'skill-building', 'problem-resolution', 'professional-growth'] as const

const Supervision = z.object({
  learner: Id,
  date: Day,
  durationMinutes: z.coerce.number().int().min(5).max(600),
  format: z.enum(['individual', 'group']),
  mode: z.enum(['in-person', 'remote']),
  topics: z.array(z.enum(SUPERVISION_TOPIC_VALUES)).max(SUPERVISION_TOPIC_VALUES.length),
  notes: z.string().trim().max(4000).optional(),
  corrects: z.union([z.literal(''), Id]).optional(),
})

export const recordSupervisionAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = Supervision.safeParse({ ...Object.fromEntries(form), topics: form.getAll('topics') })
  if (!parsed.success) return { error: 'supervisionInvalid', fieldErrors: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] }
  const { learner, corrects, ...session } = parsed.data
  return run(learner, () => recordSupervision(payload, user, { learnerId: learner, ...session, corrects: corrects || undefined }), corrects ? 'correctionRecorded' : 'supervisionRecorded', {
    invalid: 'correctionInvalid',
  })
}
