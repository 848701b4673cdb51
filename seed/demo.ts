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
