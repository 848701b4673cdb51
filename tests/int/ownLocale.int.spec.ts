import { describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { createUser } from '../helpers/fixtures'
import { asUser, createOrganization, createTeam } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

/** A learner in a cohort: the demo learner's situation, where the language switch used to fail. */
const learnerInCohort = async () => {
  const payload = await testPayload()
  const team = await createTeam(payload, 'Locale org')
  const cohort = await payload.create({ collection: 'cohorts', data: { name: `New hires ${Date.now()}`, organization: team.organization.id } })
  const user = await payload.update({ collection: 'users', id: team.learner.user.id, data: { cohort: cohort.id } })
  return { payload, team, cohort, user }
}

describe("a learner's own language", () => {
  it('saves for a learner who belongs to a cohort they cannot read (the site action and REST)', async () => {
    const { payload, cohort, user, team } = await learnerInCohort()
    // The learner may not read cohorts: the reason the unchanged cohort used to fail validation.
    await expect(payload.find({ collection: 'cohorts', where: { id: { equals: cohort.id } }, ...asUser(user) })).rejects.toThrow(/not allowed/)

    // What the language switch's server action does.
    const updated = await payload.update({ collection: 'users', id: user.id, data: { preferredLocale: 'es' }, ...asUser(user) })
    expect(updated.preferredLocale).toBe('es')

    const rest = await api('PATCH', `/users/${user.id}`, { token: team.learner.token, body: { preferredLocale: 'en' } })
    expect(rest.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    expect(stored.preferredLocale).toBe('en')
    expect(stored.cohort).toBe(cohort.id)
  })

  it('still refuses what the learner cannot change, and still checks a changed cohort', async () => {
    const { payload, cohort, user, team } = await learnerInCohort()
    const other = await payload.create({ collection: 'cohorts', data: { name: `Elsewhere ${Date.now()}`, organization: team.organization.id } })
    // Field access drops the learner's own cohort change; the language still saves.
    await payload.update({ collection: 'users', id: user.id, data: { cohort: other.id, preferredLocale: 'es' }, ...asUser(user) })
    const stored = await payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    expect(stored.cohort).toBe(cohort.id)
    expect(stored.preferredLocale).toBe('es')

    // A new value is validated as before: a cohort of another organization is refused.
    const elsewhere = await createOrganization(payload, 'Other org')
    const foreign = await payload.create({ collection: 'cohorts', data: { name: `Foreign ${Date.now()}`, organization: elsewhere.id } })
    const admin = (await createUser(payload, 'admin')).user
    await expect(
      payload.update({ collection: 'users', id: user.id, data: { cohort: foreign.id }, ...asUser(admin) }),
    ).rejects.toThrow(/Cohort/)
  })
})
