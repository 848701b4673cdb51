import type { CredentialRules, ExperienceRecord, SupervisionRecord } from './types'

import { experienceProgress, type ExperienceProgress } from './experience'
import { supervisionProgress, type SupervisionContext, type SupervisionProgress } from './supervision'
import { trainingProgress, type TrainingInputs, type TrainingProgress } from './training'

export interface CertificationProgress {
  training: TrainingProgress
  experience: ExperienceProgress
  supervision: SupervisionProgress
  /** What is still missing, in the order a learner would tackle it. */
  missing: ('training' | 'experience' | 'supervision')[]
  readyToApply: boolean
}

export interface LearnerRecords extends TrainingInputs {
  experience: ExperienceRecord[]
  supervision: SupervisionRecord[]
}

/**
 * A learner against one credential. Ready to apply means every training
 * domain, the experience (with its sub-requirements) and the supervision hours
 * are met; the exam is taken after applying and is only recorded. Cadence
 * gaps are flagged for the supervisor but do not undo hours already earned.
 */
export const certificationProgress = (rules: CredentialRules, records: LearnerRecords, context: SupervisionContext): CertificationProgress => {
  const training = trainingProgress(rules, records)
  const experience = experienceProgress(rules, records.experience)
  const supervision = supervisionProgress(rules, records.supervision, context)
  const missing = (
    [
      ['training', training.met],
      ['experience', experience.met],
      ['supervision', supervision.met],
    ] as const
  )
    .filter(([, met]) => !met)
    .map(([part]) => part)
  return { training, experience, supervision, missing, readyToApply: missing.length === 0 }
}
