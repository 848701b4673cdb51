import { describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { curriculum } from '../../seed/content'
import { DEMO_USERS } from '../../seed/demo'
import { SRC_VALUE_OF_PEERS } from '../../seed/content/sources'
import { login } from '../helpers/api'
import { testPayload } from '../helpers/payload'
import { tableCounts } from '../helpers/tableCounts'

describe('the seed', () => {
  it('has already loaded the demo accounts, organization and curriculum (global setup ran it)', async () => {
    const payload = await testPayload()
    for (const { email, role } of DEMO_USERS) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
      expect(docs[0]?.role).toBe(role)
    }
    expect(await login('learner@peerpath.example', 'peerpath-demo')).toBeTruthy()
    const modules = await payload.count({ collection: 'modules', where: { _status: { equals: 'published' } } })
    expect(modules.totalDocs).toBeGreaterThanOrEqual(curriculum.length)
  })

  it('changes nothing when run again: every table keeps its row count', async () => {
    const payload = await testPayload()
    const before = await tableCounts()
    await seed(payload, { demo: true })
    await seed(payload, { demo: true })
    const after = await tableCounts()
    expect(after).toEqual(before)
  })

  it("gives a seeded lesson's source its web address, and a re-seed restores it on a lesson seeded before addresses", async () => {
    const payload = await testPayload()
    const lesson = curriculum.flatMap((module) => module.lessons).find((l) => l.sources.includes(SRC_VALUE_OF_PEERS))!
    const find = async () =>
      (await payload.find({ collection: 'lessons', where: { slug: { equals: lesson.slug } }, depth: 0, limit: 1, draft: true })).docs[0]!
    const seeded = await find()
    expect(seeded.sources?.find((source) => source.title === SRC_VALUE_OF_PEERS.title)?.url).toBe(SRC_VALUE_OF_PEERS.url)
    expect(SRC_VALUE_OF_PEERS.url).toMatch(/^https:\/\//)

    // As an older seed left it: no addresses, and that seed's fingerprint.
    await payload.update({
      collection: 'lessons',
      id: seeded.id,
      locale: 'en',
      data: { sources: (seeded.sources ?? []).map((source) => ({ ...source, url: null })), shippedContentHash: 'an-older-seed' },
    })
    expect((await find()).sources?.every((source) => !source.url)).toBe(true)
    await seed(payload, { demo: true })
    expect((await find()).sources?.find((source) => source.title === SRC_VALUE_OF_PEERS.title)?.url).toBe(SRC_VALUE_OF_PEERS.url)
  })
})
