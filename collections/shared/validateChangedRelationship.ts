import { type RelationshipFieldValidation, validations } from 'payload'

import { relationId } from '@/lib/relationId'

/**
 * Payload validates every field on every update, with the stored values merged in, and a
 * relationship with `filterOptions` is checked by reading the related document as the
 * person saving. A learner saving their own language cannot read their cohort (cohorts are
 * for managers), so the unchanged cohort failed ("The following field is invalid: Cohort")
 * and the whole update was refused. A value that has not changed was checked when it was
 * set, and field access keeps people who may not change it from changing it, so only a new
 * value is validated.
 */
export const validateChangedRelationship: RelationshipFieldValidation = (value, options) => {
  const unchanged = options.operation === 'update' && !Array.isArray(value) && relationId(value) === relationId(options.previousValue)
  return unchanged ? true : validations.relationship(value, options)
}
