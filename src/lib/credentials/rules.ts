import type { Cadence, CredentialRules, CycleBasis, ExperienceCondition } from './types'

type Rows = { key: string; hours?: number | null }[] | null | undefined

/** The shape a credential has wherever it is kept (a `credentials` document, the shipped seed data). */
export interface CredentialRulesSource {
  domains?: Rows
  experienceHours?: number | null
  experienceRequirements?: { condition: ExperienceCondition; hours?: number | null }[] | null
  supervisionHours?: number | null
  supervisionCadenceInitial?: Cadence | null
  supervisionCadenceAfter?: Cadence | null
  renewal?: { cycleMonths?: number | null; basis?: CycleBasis | null; ceHours?: number | null; categories?: Rows } | null
}

const rows = (list: Rows) => (list ?? []).map(({ key, hours }) => ({ key, hours: hours ?? 0 }))

/** Reads the counting rules out of a credential, with the collection's defaults for anything left empty. */
export const rulesOf = (credential: CredentialRulesSource): CredentialRules => ({
  domains: rows(credential.domains),
  experience: {
    hours: credential.experienceHours ?? 0,
    requirements: (credential.experienceRequirements ?? []).map(({ condition, hours }) => ({ condition, hours: hours ?? 0 })),
  },
  supervision: {
    hours: credential.supervisionHours ?? 0,
    cadenceInitial: credential.supervisionCadenceInitial ?? 'none',
    cadenceAfter: credential.supervisionCadenceAfter ?? 'none',
  },
  renewal: {
    cycleMonths: credential.renewal?.cycleMonths ?? 24,
    basis: credential.renewal?.basis ?? 'anniversary',
    ceHours: credential.renewal?.ceHours ?? 0,
    categories: rows(credential.renewal?.categories),
  },
})
