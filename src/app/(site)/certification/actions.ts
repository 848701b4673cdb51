'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import { requireUser } from '@/app/(site)/_server/session'

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
