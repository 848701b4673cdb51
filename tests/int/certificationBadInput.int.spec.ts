import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

type Collection = 'external-trainings' | 'experience-logs' | 'supervision-sessions' | 'held-credentials'
type Role = 'learner' | 'manager'

interface Door {
  collection: Collection
  /** Who writes this record on the site. */
  as: Role
  valid: (team: Team, credentialId: number) => Record<string, unknown>
  /** Field → a value of the wrong type, out of range or too long. */
  wrong: Record<string, unknown>
}

const HUGE = 'x'.repeat(20_000)

/** Every certification record a learner or manager writes, with bad values for its fields. */
const DOORS: Door[] = [
  {
    collection: 'external-trainings',
    as: 'learner',
    valid: (_team, credential) => ({ credential, domain: 'ethical-responsibility', provider: 'Recovery Academy', title: 'Ethics', date: '2026-11-10', hours: 4 }),
    wrong: { hours: 'four', date: 'not a date', provider: HUGE, credential: 987654321, domain: { nested: true } },
  },
  {
    collection: 'experience-logs',
    as: 'learner',
    valid: () => ({ date: '2026-11-10', hours: 3, setting: 'Drop-in center', paid: true, withSimilarPeers: true }),
    wrong: { hours: 25, date: '2026-13-45', setting: HUGE, paid: 'sometimes' },
  },
  {
    collection: 'supervision-sessions',
    as: 'manager',
    valid: (team) => ({ learner: team.learner.user.id, date: '2026-11-10', durationMinutes: 60, format: 'individual', mode: 'remote', topics: ['skill-building'] }),
    wrong: { date: 'the day after tomorrow', durationMinutes: -5, format: 'telepathy', mode: 7, learner: 'someone', topics: ['not-a-topic'], notes: HUGE },
  },
  {
    collection: 'held-credentials',
    as: 'learner',
    valid: (_team, credential) => ({ credential, status: 'pursuing' }),
    wrong: { status: 'lifetime', credential: 'icrc', number: HUGE, expiresAt: 'soon' },
  },
]

/**
 * Bad input to the certification records over REST: every wrong field is a
 * 4xx with PeerPath's `{ error }` shape and no stack, and nothing is written,
 * for the user who would write the record on the site.
 */
describe('certification records refuse bad input at the REST door', () => {
  let payload: Payload
  let team: Team
  let credentialId: number

  beforeAll(async () => {
    payload = await testPayload()
    team = await createTeam(payload, 'Bad input certification')
    const found = await payload.find({ collection: 'credentials', where: { slug: { equals: 'icrc-peer-recovery' } }, limit: 1 })
    credentialId = found.docs[0].id
  })

  const count = (collection: Collection) => payload.count({ collection }).then((result) => result.totalDocs)
  const tokenOf = (role: Role) => (role === 'learner' ? team.learner.token : team.manager.token)

  for (const door of DOORS) {
    describe(door.collection, () => {
      it('accepts the valid record (so the refusals below are about the bad field)', async () => {
        const created = await api('POST', `/${door.collection}?depth=0`, { token: tokenOf(door.as), body: door.valid(team, credentialId) })
        expect(created.status, created.text).toBe(201)
        // held-credentials allows one row per credential: removed again, so a refusal below is never the duplicate's.
        await payload.delete({ collection: door.collection, id: created.body.doc.id })
      })

      for (const [field, value] of Object.entries(door.wrong)) {
        it(`a bad ${field} is a 4xx JSON error and writes nothing`, async () => {
          const before = await count(door.collection)
          const response = await api('POST', `/${door.collection}`, { token: tokenOf(door.as), body: { ...door.valid(team, credentialId), [field]: value } })
          expect(response.status, response.text).toBeGreaterThanOrEqual(400)
          expect(response.status, response.text).toBeLessThan(500)
          expect(typeof response.body?.error, response.text).toBe('string')
          expect(response.text).not.toMatch(/\bat \w+ \(|node_modules/)
          expect(await count(door.collection)).toBe(before)
        })
      }

      it('malformed JSON, an empty body and an unknown id are 4xx, never a 500', async () => {
        const before = await count(door.collection)
        const token = tokenOf(door.as)
        const malformed = await api('POST', `/${door.collection}`, { token, rawBody: '{"hours": 3,' })
        const empty = await api('POST', `/${door.collection}`, { token, body: {} })
        const unknown = await api('PATCH', `/${door.collection}/987654321`, { token, body: { notes: 'x' } })
        const malformedId = await api('GET', `/${door.collection}/not-a-number`, { token })
        for (const response of [malformed, empty, unknown, malformedId]) {
          expect(response.status, response.text).toBeGreaterThanOrEqual(400)
          expect(response.status, response.text).toBeLessThan(500)
        }
        expect(await count(door.collection)).toBe(before)
      })
    })
  }
})
