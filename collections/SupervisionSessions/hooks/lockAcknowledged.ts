import type { CollectionBeforeDeleteHook, CollectionBeforeValidateHook } from 'payload'

import { APIError, Forbidden, ValidationError } from 'payload'

import { isAdminUser, isOrgManagerUser } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/** 409: the entry was acknowledged and is part of the learner's record. */
export class SupervisionEntryLocked extends APIError {
  constructor() {
    super('This supervision entry was acknowledged and cannot be changed or deleted. Record a new entry that corrects it instead.', 409, undefined, true)
    // Set by hand: a minified build may rename the class.
    this.name = 'SupervisionEntryLocked'
  }
}

const changed = (data: Record<string, unknown>, original: Record<string, unknown>) =>
  Object.keys(data).filter((key) => !['updatedAt', 'createdAt', 'id'].includes(key) && JSON.stringify(data[key] ?? null) !== JSON.stringify(relationOrValue(original[key])))

const relationOrValue = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? relationId(value) : (value ?? null))

/**
 * On create the supervisor is whoever records it, and a correction must point
 * at an entry of the same learner. On update an acknowledged entry is refused
 * with a 409 for everyone; otherwise the learner may only acknowledge (which
 * stamps the time), and only the learner may.
 */
export const guardSupervisionEntry: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  if (operation === 'create') {
    const corrects = relationId(data.corrects)
    if (corrects !== null) {
      const original = await req.payload
        .findByID({ collection: 'supervision-sessions', id: corrects, depth: 0, req, overrideAccess: true, disableErrors: true })
        .catch(() => null)
      if (!original || relationId(original.learner) !== relationId(data.learner)) {
        throw new ValidationError({ errors: [{ path: 'corrects', message: 'A correction must refer to an earlier entry for the same learner.' }] })
      }
    }
    if (data.acknowledged && req.user) throw new Forbidden(req.t)
    return { ...data, acknowledged: req.user ? false : Boolean(data.acknowledged), supervisor: req.user?.id ?? data.supervisor }
  }
  if (!originalDoc) return data
  if (originalDoc.acknowledged) throw new SupervisionEntryLocked()
  const user = req.user
  const isLearner = user && relationId(originalDoc.learner) === user.id
  const fields = changed(data, originalDoc)
  if (fields.includes('acknowledged')) {
    if (user && !isLearner) throw new Forbidden(req.t)
    if (data.acknowledged !== true || fields.length > 1) throw new Forbidden(req.t)
    return { ...data, acknowledged: true, acknowledgedAt: new Date().toISOString() }
  }
  if (user && !isAdminUser(user) && !isOrgManagerUser(user) && fields.length > 0) throw new Forbidden(req.t)
  return data
}

export const refuseDeletingAcknowledged: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'supervision-sessions', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (doc?.acknowledged) throw new SupervisionEntryLocked()
}
