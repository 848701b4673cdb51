import type { Payload } from 'payload'

import { competencies, curriculum } from './content'
import { credentials, demoCreditMappings } from './content/credentials'
import { seedCredentials, seedCreditMappings } from './credentials'
import { seedCompetencies, seedModule } from './curriculum'
import { seedDemoAccounts, seedDemoOnboarding } from './demo'
import { seedToolkitPath } from './paths'

export interface SeedOptions {
  /** Demo accounts are for the embedded database or an explicit --demo only. */
  demo: boolean
}

/** Idempotent: a second run finds everything in place and writes nothing. */
export const seed = async (payload: Payload, { demo }: SeedOptions) => {
  const competencyIds = await seedCompetencies(payload, competencies)
  for (const module of curriculum) await seedModule(payload, module, competencyIds)
  const toolkitPath = await seedToolkitPath(payload, curriculum.map((module) => module.slug))
  const credentialIds = await seedCredentials(payload, credentials)
  await seedCreditMappings(payload, credentialIds, demoCreditMappings)
  if (demo) {
    await seedDemoAccounts(payload)
    await seedDemoOnboarding(payload, toolkitPath)
  }
  payload.logger.info({ modules: curriculum.length, demo }, 'seed complete')
}
