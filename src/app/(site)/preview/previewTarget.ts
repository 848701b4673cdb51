import type { Payload } from 'payload'

import { z } from 'zod'

import type { User } from '@/payload-types'

import { isContentEditorUser } from '@/access/roles'
import { AppError } from '@/lib/errors'
import { relationId } from '@/lib/relationId'

const previewQuery = z.object({
  collection: z.enum(['modules', 'lessons', 'quizzes']),
  id: z.coerce.number().int().positive(),
})

/**
 * Where the preview of one module, lesson or quiz is on the learner site:
 * the page a learner will see once the latest draft is published. Only a
 * user who may edit curriculum gets an answer; the documents are read as
 * that user, drafts included.
 */
export const previewTarget = async (payload: Payload, user: User | null, query: URLSearchParams): Promise<string> => {
  if (!user) throw new AppError('unauthenticated', 'Sign in first.')
  if (!isContentEditorUser(user)) throw new AppError('forbidden', 'Only trainers and admins may preview drafts.')
  const parsed = previewQuery.safeParse(Object.fromEntries(query))
  if (!parsed.success) throw new AppError('invalid', 'Say which module, lesson or quiz to preview.', parsed.error.issues)
  const { collection, id } = parsed.data
  const read = <C extends 'modules' | 'lessons' | 'quizzes'>(slug: C, docId: number) =>
    payload.findByID({ collection: slug, id: docId, draft: true, depth: 0, overrideAccess: false, user }).catch(() => {
      throw new AppError('not-found', 'No such document.')
    })
  if (collection === 'modules') return `/modules/${(await read('modules', id)).slug}`
  const doc = await read(collection, id)
  const moduleId = relationId(doc.module)
  if (moduleId === null) throw new AppError('not-found', 'This document belongs to no module yet.')
  const module = await read('modules', moduleId)
  return collection === 'lessons' ? `/modules/${module.slug}/lessons/${doc.slug}` : `/modules/${module.slug}/quiz`
}
