import { describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { curriculum } from '../../seed/content'
import { DEMO_USERS } from '../../seed/demo'
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
})
