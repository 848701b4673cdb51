'use server'

import type { Payload } from 'payload'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import type { User } from '@/payload-types'

import { requireUser } from '@/app/(site)/_server/session'
import { acknowledgeSupervision, logExperience, recordExternalTraining, type RecordState } from './records'

const Choice = z.object({ credential: z.coerce.number().int().positive() })

/**
 * The learner chooses a credential to work toward. Written as the learner
 * (overrideAccess: false): the collection's hooks refuse a credential they
 * cannot read, and the unique index a second copy of the same one.
 */
export const chooseCredential = async (form: FormData) => {
  const parsed = Choice.safeParse({ credential: form.get('credential') })
  if (!parsed.success) return
  const { payload, user } = await requireUser()
  await payload
    .create({ collection: 'held-credentials', data: { learner: user.id, credential: parsed.data.credential, status: 'pursuing' } as never, overrideAccess: false, user })
    .catch((error: unknown) => payload.logger.info({ err: error }, 'credential not chosen'))
  revalidatePath('/certification')
}

type FormAction = (payload: Payload, user: User, form: FormData) => Promise<RecordState>

/** Runs one of the learner's record writes as the signed-in learner, then refreshes the page's lists. */
const asLearner = async (write: FormAction, form: FormData): Promise<RecordState> => {
  const { payload, user } = await requireUser()
  const state = await write(payload, user, form)
  if (state.done) revalidatePath('/certification')
  return state
}

export const recordExternalTrainingAction = async (_state: RecordState, form: FormData) => asLearner(recordExternalTraining, form)
export const logExperienceAction = async (_state: RecordState, form: FormData) => asLearner(logExperience, form)
export const acknowledgeSupervisionAction = async (_state: RecordState, form: FormData) => asLearner(acknowledgeSupervision, form)
