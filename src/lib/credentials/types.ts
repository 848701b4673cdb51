/**
 * The credential engine's inputs: plain data, read from wherever the caller
 * keeps it (the collections, a test table). Dates are ISO strings or Dates.
 */
export type DateLike = string | Date

export type Cadence = 'none' | 'weekly' | 'monthly'
export type CycleBasis = 'anniversary' | 'calendar-year'
export type ExperienceCondition = 'with-similar-peers' | 'paid' | 'volunteer'
export type ReviewStatus = 'pending' | 'approved' | 'rejected'

export interface HoursByKey {
  key: string
  hours: number
}

/** What a board asks for, as a trainer entered it in `credentials`. */
export interface CredentialRules {
  /** Training hours by domain; each credential has its own domain list. */
  domains: HoursByKey[]
  experience: { hours: number; requirements: { condition: ExperienceCondition; hours: number }[] }
  supervision: { hours: number; cadenceInitial: Cadence; cadenceAfter: Cadence }
  renewal: { cycleMonths: number; basis: CycleBasis; ceHours: number; categories: HoursByKey[] }
}

/** A module (or lesson) mapped to hours in a domain (or CE category) of the credential. */
export interface ModuleCredit {
  moduleId: number
  domain: string
  hours: number
}

/** A certificate the learner holds; only a certificate proves a completed module. */
export interface CertificateRecord {
  moduleId: number
  code: string
  issuedAt: DateLike
  revoked?: boolean | null
  /** When a module with a validity period stops being proven by this certificate; null: never. */
  expiresAt?: DateLike | null
}

export interface ExternalTrainingRecord {
  id: number
  title: string
  provider?: string | null
  date: DateLike
  hours: number
  domain: string
  status: ReviewStatus
}

export interface ExperienceRecord {
  date: DateLike
  hours: number
  paid: boolean
  withSimilarPeers: boolean
  status: ReviewStatus
}

export interface SupervisionRecord {
  id: number
  date: DateLike
  durationMinutes: number
  acknowledged: boolean
  /** The entry this one corrects: the original no longer counts. */
  corrects?: number | null
}

export interface HeldCredentialRecord {
  status: 'pursuing' | 'held'
  issuedAt?: DateLike | null
  expiresAt?: DateLike | null
}
