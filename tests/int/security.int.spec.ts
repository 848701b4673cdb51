import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, gql } from '../helpers/api'
import { createCourse, createUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const INJECTIONS = [
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1) OR (1=1',
  "%' UNION SELECT email, hash FROM users --",
]

describe('hostile input', () => {
  let payload: Payload
  let learner: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    payload = await testPayload()
    learner = await createUser(payload, 'learner')
    await createCourse(payload, 'draft')
  })

  it('SQL in where values matches nothing and breaks nothing', async () => {
    for (const injection of INJECTIONS) {
      for (const operator of ['equals', 'like', 'contains', 'in']) {
        const query = `/lessons?where[title][${operator}]=${encodeURIComponent(injection)}&limit=100`
        const response = await api('GET', query, { token: learner.token })
        expect(response.status, query).toBeLessThan(500)
        if (response.status === 200) expect(response.body.totalDocs, query).toBe(0)
      }
    }
    expect((await payload.count({ collection: 'users' })).totalDocs).toBeGreaterThan(0)
  })

  it('SQL in sort and field names is refused or ignored, never run', async () => {
    for (const sort of ['title;DROP TABLE users', '-id)--', 'title desc, (select 1)', "'"]) {
      const response = await api('GET', `/lessons?sort=${encodeURIComponent(sort)}`, { token: learner.token })
      expect(response.status, sort).toBeLessThan(500)
    }
    const field = await api('GET', `/lessons?where[${encodeURIComponent('title") OR 1=1 --')}][equals]=x`, { token: learner.token })
    expect(field.status).toBeGreaterThanOrEqual(400)
    expect(field.status).toBeLessThan(500)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBeGreaterThan(0)
  })

  it('caps depth and refuses an over-complex GraphQL query', async () => {
    const deep = await api('GET', '/lessons?depth=100&limit=3&sort=slug', { token: learner.token })
    const capped = await api('GET', '/lessons?depth=4&limit=3&sort=slug', { token: learner.token })
    expect(deep.status).toBe(200)
    // depth beyond maxDepth (4) is treated as 4: the same documents, populated no further.
    expect(deep.body.docs).toEqual(capped.body.docs)
    const aliases = Array.from({ length: 40 }, (_, i) => `q${i}: Lessons(limit: 100) { docs { title module { competencies { title } } } }`)
    const huge = `{ ${aliases.join(' ')} }`
    const response = await gql(huge, { token: learner.token })
    expect(response.body.data ?? null).toBeNull()
    expect(JSON.stringify(response.body.errors)).toMatch(/complexity/i)
  })
})

describe('sessions', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  const me = async (headers: Record<string, string>) => (await api('GET', '/users/me', { headers })).body?.user ?? null

  it('accepts the session cookie only from our own origin', async () => {
    const { token, user } = await createUser(payload, 'learner')
    const cookie = `payload-token=${token}`
    expect(await me({ cookie, origin: 'http://localhost:3000' })).toMatchObject({ id: user.id })
    expect(await me({ cookie, 'sec-fetch-site': 'same-origin' })).toMatchObject({ id: user.id })
    expect(await me({ cookie, origin: 'https://evil.example' })).toBeNull()
    expect(await me({ cookie, 'sec-fetch-site': 'cross-site' })).toBeNull()
    const forged = await api('PATCH', `/users/${user.id}`, { headers: { cookie, origin: 'https://evil.example' }, body: { name: 'Changed by another site' } })
    expect(forged.status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: user.id })).name).not.toBe('Changed by another site')
  })

  it('ends on logout', async () => {
    const { token } = await createUser(payload, 'learner')
    const authorization = `JWT ${token}`
    expect(await me({ authorization })).not.toBeNull()
    const logout = await api('POST', '/users/logout', { headers: { authorization } })
    expect(logout.status).toBe(200)
    expect(await me({ authorization })).toBeNull()
  })

  it('ends everywhere when the password changes', async () => {
    const { token, user } = await createUser(payload, 'learner')
    const otherDevice = (await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })).body.token as string
    const changed = await api('PATCH', `/users/${user.id}`, { token, body: { password: 'a-completely-new-password' } })
    expect(changed.status).toBe(200)
    expect(await me({ authorization: `JWT ${otherDevice}` })).toBeNull()
    const fresh = await api('POST', '/users/login', { body: { email: user.email, password: 'a-completely-new-password' } })
    expect(fresh.status).toBe(200)
  })

  it('says the same thing for an unknown email and a wrong password', async () => {
    const { user } = await createUser(payload, 'learner')
    const wrongPassword = await api('POST', '/users/login', { body: { email: user.email, password: 'not-the-password' } })
    const unknown = await api('POST', '/users/login', { body: { email: 'no-such-person@test.peerpath.example', password: 'not-the-password' } })
    expect(wrongPassword.status).toBe(unknown.status)
    expect(wrongPassword.body.error).toBe(unknown.body.error)
  })
})
