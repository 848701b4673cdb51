'use server'

import { revalidatePath } from 'next/cache'

import type { ManageState } from './manageActions'

import { chooseCredentialFor, decideExperienceWeek, decideExternalTraining, recordSupervision, withdrawSupervision } from '@/lib/certification/managerCertification'
import { CredentialChoiceForm, formValues, SupervisionForm, SupervisionWithdrawForm, TrainingDecisionForm, WeekDecisionForm } from '@/lib/certification/managerForms'
import { isAppError } from '@/lib/errors'
import { requireManager } from './session'

/**
 * The manager's certification controls on /manage/learners/[id]. zod checks
 * the form (a bad one writes nothing and says why); the work is done by
 * src/lib/certification/managerCertification.ts with the manager's access.
 */

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

export const chooseCredentialAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = CredentialChoiceForm.safeParse(formValues(form))
  if (!parsed.success) return { error: 'credentialInvalid' }
  return run(parsed.data.learner, () => chooseCredentialFor(payload, user, { learnerId: parsed.data.learner, credentialId: parsed.data.credential }), 'credentialChosen', {
    conflict: 'credentialAlready',
    invalid: 'notALearner',
  })
}

export const externalTrainingDecisionAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = TrainingDecisionForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: String(form.get('reason') ?? '').length > 500 ? 'reasonTooLong' : 'failed' }
  const { learner, id, decision, reason } = parsed.data
  return run(learner, () => decideExternalTraining(payload, user, { id, decision, reason }), decision === 'approved' ? 'trainingApproved' : 'trainingRejected', {
    invalid: 'rejectReasonRequired',
    conflict: 'alreadyDecided',
  })
}

export const experienceWeekDecisionAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = WeekDecisionForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: String(form.get('reason') ?? '').length > 500 ? 'reasonTooLong' : 'failed' }
  const { learner, weekOf, decision, reason } = parsed.data
  return run(learner, () => decideExperienceWeek(payload, user, { learnerId: learner, weekOf, decision, reason }), decision === 'approved' ? 'weekApproved' : 'weekRejected', {
    invalid: 'rejectReasonRequired',
  })
}

export const recordSupervisionAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = SupervisionForm.safeParse(formValues(form))
  if (!parsed.success) return { error: 'supervisionInvalid', fieldErrors: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] }
  const { learner, corrects, ...session } = parsed.data
  return run(learner, () => recordSupervision(payload, user, { learnerId: learner, ...session, corrects: corrects || undefined }), corrects ? 'correctionRecorded' : 'supervisionRecorded', {
    invalid: 'correctionInvalid',
  })
}

export const withdrawSupervisionAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = SupervisionWithdrawForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: 'failed' }
  const { learner, id } = parsed.data
  return run(learner, () => withdrawSupervision(payload, user, { learnerId: learner, id }), 'supervisionWithdrawn', { conflict: 'supervisionLocked' })
}
