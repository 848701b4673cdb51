'use server'

import config from '@payload-config'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { z } from 'zod'

import { attemptLimits } from '@/lib/limits/attempts'
import { type AcceptResult, type CsvInviteReport, acceptInvitation, inviteFromCsv, inviteOne } from '@/lib/org/invitations'
import { TOKEN_PATTERN } from '@/lib/org/invitationToken'
import { changeDueDate, deleteCohort, grantAttempt, organizationTimeZone, renameCohort, setCertificateRevoked, setDeactivated } from '@/lib/org/managerControls'
import { endOfDayIn } from '@/lib/org/timeZone'
import { isAppError } from '@/lib/errors'
import { parseReadinessForm } from '@/lib/readiness/score'
import { requireManager } from './session'
import { signInAsVisitor } from './signInAs'
import { isTooMany, visitorAddress } from './visitor'

export type ManageState = { error?: string; done?: string; report?: CsvInviteReport; fieldErrors?: string[] }

const MAX_CSV_BYTES = 512 * 1024

/** Payload validation errors carry per-field messages; anything else gets a generic key. */
const messageOf = (error: unknown) => {
  const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors
  return errors?.length ? errors.map((e) => e.message).join(' ') : 'failed'
}

/** Longer names are refused with this message key, never cut. */
const MAX_NAME = 120
const Name = z.string().trim().min(1).max(MAX_NAME)
const nameError = (value: FormDataEntryValue | null) => (typeof value === 'string' && value.trim().length > MAX_NAME ? 'nameTooLong' : undefined)

const Invite = z.object({
  name: Name,
  email: z.email().max(254),
  cohort: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
})

export const inviteAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = Invite.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: nameError(form.get('name')) ?? 'inviteInvalid' }
  try {
    await attemptLimits().invitationSend({ address: await visitorAddress(), managerId: user.id })
    const outcome = await inviteOne(payload, user, {
      name: parsed.data.name,
      email: parsed.data.email,
      cohortId: parsed.data.cohort || undefined,
    })
    revalidatePath('/manage/people')
    return { done: outcome === 'invited' ? 'invited' : 'alreadyMember' }
  } catch (error) {
    return { error: isTooMany(error) ? 'tooMany' : messageOf(error) }
  }
}

export const csvInviteAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return { error: 'csvMissing' }
  if (file.size > MAX_CSV_BYTES) return { error: 'csvTooLarge' }
  try {
    // One upload is one attempt: its rows are bounded by the file size.
    await attemptLimits().invitationSend({ address: await visitorAddress(), managerId: user.id })
  } catch (error) {
    if (isTooMany(error)) return { error: 'tooMany' }
    throw error
  }
  const report = await inviteFromCsv(payload, user, await file.text())
  revalidatePath('/manage/people')
  return { report }
}

/** The id a row's one-button form sends (invitation, assignment). */
const RowId = z.coerce.number().int().positive()

export const revokeInvitationAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const id = RowId.safeParse(form.get('id'))
  if (!id.success) return { error: 'failed' }
  const done = await payload
    .update({ collection: 'invitations', id: id.data, data: { revokedAt: new Date().toISOString() }, overrideAccess: false, user })
    .then(() => true, () => false)
  revalidatePath('/manage/people')
  return done ? { done: 'invitationRevoked' } : { error: 'notFound' }
}

export const resendInvitationAction = async (form: FormData) => {
  const { payload, user } = await requireManager()
  const id = RowId.safeParse(form.get('id'))
  if (!id.success) return
  await payload
    .update({ collection: 'invitations', id: id.data, data: {}, overrideAccess: false, user, context: { reissueInvitation: true } })
    .catch(() => undefined)
  revalidatePath('/manage/people')
}

const Cohort = z.object({ name: Name, startsOn: z.union([z.literal(''), z.iso.date()]).optional() })

export const createCohortAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user, organizationId } = await requireManager()
  const parsed = Cohort.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: nameError(form.get('name')) ?? 'cohortInvalid' }
  const existing = await payload.find({ collection: 'cohorts', where: { name: { equals: parsed.data.name } }, overrideAccess: false, user, limit: 1 })
  if (existing.docs.length) return { error: 'cohortExists' }
  try {
    await payload.create({
      collection: 'cohorts',
      data: { name: parsed.data.name, organization: organizationId, startsOn: parsed.data.startsOn || undefined },
      overrideAccess: false,
      user,
    })
  } catch (error) {
    return { error: messageOf(error) }
  }
  revalidatePath('/manage/cohorts')
  return { done: 'cohortCreated' }
}

const Assign = z.object({
  target: z.string().regex(/^(learner|cohort):\d+$/),
  content: z.string().regex(/^(module|path):\d+$/),
  dueDate: z.iso.date(),
})

export const assignAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user, organizationId } = await requireManager()
  const parsed = Assign.safeParse(Object.fromEntries(form))
  const timeZone = await organizationTimeZone(payload, organizationId)
  if (!parsed.success) return { error: 'assignInvalid' }
  const [targetKind, targetId] = parsed.data.target.split(':')
  const [contentKind, contentId] = parsed.data.content.split(':')
  try {
    await payload.create({
      collection: 'assignments',
      data: {
        organization: organizationId,
        [targetKind]: Number(targetId),
        [contentKind]: Number(contentId),
        // End of the chosen day in the organization's time zone, so "due on the 30th" includes the 30th there.
        dueDate: endOfDayIn(parsed.data.dueDate, timeZone).toISOString(),
      },
      overrideAccess: false,
      user,
    })
  } catch (error) {
    return { error: messageOf(error) }
  }
  revalidatePath('/manage', 'layout')
  return { done: 'assigned' }
}

export const removeAssignmentAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const id = RowId.safeParse(form.get('id'))
  if (!id.success) return { error: 'failed' }
  const done = await payload.delete({ collection: 'assignments', id: id.data, overrideAccess: false, user }).then(() => true, () => false)
  revalidatePath('/manage', 'layout')
  return done ? { done: 'assignmentRemoved' } : { error: 'notFound' }
}

/**
 * Runs one of the manager controls (src/lib/org/managerControls.ts): its
 * AppError becomes a message key the form shows, and every /manage page is
 * re-rendered (counts, dashboards, lists).
 */
const control = async (work: () => Promise<void>, done: string, errors: Partial<Record<string, string>> = {}): Promise<ManageState> => {
  try {
    await work()
  } catch (error) {
    if (!isAppError(error)) throw error
    return { error: errors[error.code] ?? (error.code === 'not-found' ? 'notFound' : 'failed') }
  }
  revalidatePath('/manage', 'layout')
  return { done }
}

const Grant = z.object({ learner: RowId, module: RowId })

export const grantAttemptAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = Grant.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: 'failed' }
  return control(() => grantAttempt(payload, user, { learnerId: parsed.data.learner, moduleId: parsed.data.module }), 'attemptGranted')
}

const Revocation = z.object({ id: RowId, revoked: z.enum(['0', '1']), reason: z.string().max(500).optional() })

export const certificateAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = Revocation.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: (String(form.get('reason') ?? '')).length > 500 ? 'reasonTooLong' : 'failed' }
  const revoked = parsed.data.revoked === '1'
  return control(
    () => setCertificateRevoked(payload, user, { certificateId: parsed.data.id, revoked, reason: parsed.data.reason }),
    revoked ? 'certificateRevoked' : 'certificateRestored',
    { invalid: 'reasonRequired' },
  )
}

const Deactivation = z.object({ id: RowId, deactivated: z.enum(['0', '1']) })

export const deactivationAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = Deactivation.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: 'failed' }
  const deactivated = parsed.data.deactivated === '1'
  return control(() => setDeactivated(payload, user, { userId: parsed.data.id, deactivated }), deactivated ? 'personDeactivated' : 'personReactivated', {
    invalid: 'notYourself',
    forbidden: 'notAdmins',
  })
}

const DueDate = z.object({ id: RowId, dueDate: z.iso.date() })

export const dueDateAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = DueDate.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: 'dueDateInvalid' }
  return control(() => changeDueDate(payload, user, { assignmentId: parsed.data.id, dueDate: parsed.data.dueDate }), 'dueDateChanged')
}

const Rename = z.object({ id: RowId, name: Name })

export const renameCohortAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const parsed = Rename.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: nameError(form.get('name')) ?? 'cohortInvalid' }
  return control(() => renameCohort(payload, user, { cohortId: parsed.data.id, name: parsed.data.name }), 'cohortRenamed', { conflict: 'cohortExists' })
}

export const deleteCohortAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user } = await requireManager()
  const id = RowId.safeParse(form.get('id'))
  if (!id.success) return { error: 'failed' }
  return control(() => deleteCohort(payload, user, { cohortId: id.data }), 'cohortDeleted')
}

const Membership = z.object({ learner: z.coerce.number().int().positive(), cohort: z.union([z.literal(''), z.coerce.number().int().positive()]) })

/**
 * Users' cohort field is admin-only through the API (a manager must not edit
 * other fields of a person), so this action proves the manager may see both
 * the learner and the cohort, then sets just that field.
 */
export const setCohortAction = async (form: FormData) => {
  const { payload, user } = await requireManager()
  const parsed = Membership.safeParse(Object.fromEntries(form))
  if (!parsed.success) return
  const learner = await payload.findByID({ collection: 'users', id: parsed.data.learner, overrideAccess: false, user, depth: 0, disableErrors: true })
  if (!learner || learner.role !== 'learner') return
  if (parsed.data.cohort) {
    const cohort = await payload.findByID({ collection: 'cohorts', id: parsed.data.cohort, overrideAccess: false, user, depth: 0, disableErrors: true })
    if (!cohort) return
  }
  await payload.update({ collection: 'users', id: learner.id, data: { cohort: parsed.data.cohort || null }, overrideAccess: true, user })
  revalidatePath('/manage', 'layout')
}

export const readinessAction = async (_state: ManageState, form: FormData): Promise<ManageState> => {
  const { payload, user, organizationId } = await requireManager()
  const parsed = parseReadinessForm(Object.fromEntries(form))
  if (!parsed.ok) return { error: 'readinessMissing', fieldErrors: parsed.missing }
  await payload.create({
    collection: 'readiness-assessments',
    data: { organization: organizationId, answers: parsed.answers },
    overrideAccess: false,
    user,
  })
  revalidatePath('/manage/readiness')
  redirect('/manage/readiness?saved=1')
}

const Accept = z.object({
  token: z.string().regex(TOKEN_PATTERN),
  name: Name,
  password: z.string().min(10).max(200),
  confirm: z.string(),
})

export type AcceptState = { error?: 'invalid' | 'tooShort' | 'mismatch' | 'name' | 'tooMany' | Exclude<AcceptResult, { ok: true }>['reason'] }

export const acceptInvitationAction = async (_state: AcceptState, form: FormData): Promise<AcceptState> => {
  const parsed = Accept.safeParse(Object.fromEntries(form))
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]))
    return { error: fields.has('token') ? 'invalid' : fields.has('password') ? 'tooShort' : 'name' }
  }
  if (parsed.data.password !== parsed.data.confirm) return { error: 'mismatch' }
  try {
    // Invitation links are tokens worth guessing: every try counts against the visitor's address.
    await attemptLimits().invitationAccept({ address: await visitorAddress() })
  } catch (error) {
    if (isTooMany(error)) return { error: 'tooMany' }
    throw error
  }
  const payload = await getPayload({ config })
  const result = await acceptInvitation(payload, parsed.data)
  if (!result.ok) return { error: result.reason }
  await signInAsVisitor(result.email, parsed.data.password)
  redirect('/learn?welcome=1')
}
