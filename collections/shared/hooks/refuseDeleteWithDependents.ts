import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import type { CurriculumCollection } from '@/lib/language/documentText'

import { countDependents, type Dependents, deletionRefusal } from '@/lib/curriculum/dependents'
import { sqlFor } from '@/lib/db'

/**
 * Payload's APIError, named so that payload.config.ts can log it as the
 * everyday refusal it is (info), not as a server error with a stack.
 */
export class CurriculumInUse extends APIError {
  constructor(message: string, dependents: Dependents) {
    super(message, 409, { dependents }, true)
    // Set by hand: a minified build may rename the class.
    this.name = 'CurriculumInUse'
  }
}

/**
 * A module, lesson or quiz that learner records (progress, attempts,
 * certificates), assignments, paths or its own lessons and quizzes point at is
 * not deleted: the database would refuse it half-way (a 500), or quietly
 * break what points at it. A 409 says why and what to do instead, in the
 * admin's toast (Payload's `errors`) and in PeerPath's `{ error, details }`.
 */
export const refuseDeleteWithDependents =
  (collection: CurriculumCollection): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const dependents = await countDependents(sqlFor(req), collection, id)
    const refusal = deletionRefusal(collection, dependents)
    if (refusal) throw new CurriculumInUse(refusal, dependents)
  }
