import type { Payload } from 'payload'

export const DEMO_PASSWORD = 'peerpath-demo'
export const DEMO_ORG_SLUG = 'demo-recovery-services'

export const DEMO_USERS = [
  { email: 'admin@peerpath.example', name: 'Alex Admin', role: 'admin' },
  { email: 'trainer@peerpath.example', name: 'Taylor Trainer', role: 'trainer' },
  { email: 'manager@peerpath.example', name: 'Morgan Manager', role: 'manager' },
  { email: 'learner@peerpath.example', name: 'Lee Learner', role: 'learner' },
] as const

const ensureOrganization = async (payload: Payload) => {
  const found = await payload.find({
    collection: 'organizations',
    where: { slug: { equals: DEMO_ORG_SLUG } },
    limit: 1,
    depth: 0,
  })
  if (found.docs[0]) return found.docs[0]
  return payload.create({
    collection: 'organizations',
    data: {
      name: 'Demo Recovery Services',
      slug: DEMO_ORG_SLUG,
      state: 'PA',
      serviceSetting: 'community-behavioral-health',
    },
  })
}

/** Demo people and organization; existing accounts are left as they are (passwords included). */
export const seedDemoAccounts = async (payload: Payload) => {
  const organization = await ensureOrganization(payload)
  for (const user of DEMO_USERS) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) continue
    const belongsToOrganization = user.role === 'manager' || user.role === 'learner'
    await payload.create({
      collection: 'users',
      data: {
        ...user,
        password: DEMO_PASSWORD,
        organization: belongsToOrganization ? organization.id : undefined,
      },
    })
  }
}

export const DEMO_COHORT = 'Demo new hires'

/**
 * A cohort holding the demo learner, with the toolkit path assigned to it, so
 * My learning shows due dates and /manage has something to show. Skipped once
 * the cohort exists.
 */
export const seedDemoOnboarding = async (payload: Payload, toolkitPath: number) => {
  const organization = await ensureOrganization(payload)
  const existing = await payload.find({ collection: 'cohorts', where: { name: { equals: DEMO_COHORT } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return
  const cohort = await payload.create({ collection: 'cohorts', data: { name: DEMO_COHORT, organization: organization.id } })
  const learner = await payload.find({ collection: 'users', where: { email: { equals: 'learner@peerpath.example' } }, limit: 1, depth: 0 })
  if (learner.docs[0]) await payload.update({ collection: 'users', id: learner.docs[0].id, data: { cohort: cohort.id } })
  const due = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)
  await payload.create({
    collection: 'assignments',
    data: { organization: organization.id, cohort: cohort.id, path: toolkitPath, dueDate: due.toISOString(), note: 'Demo onboarding' },
  })
}
