import { describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

describe('sign-in protection', () => {
  it('locks an account after five failed attempts, even against the right password', async () => {
    const payload = await testPayload()
    const { user } = await createUser(payload, 'learner')
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await api('POST', '/users/login', { body: { email: user.email, password: 'wrong-password' } })
      expect(failed.status).toBe(401)
    }
    const locked = await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    expect(locked.status).toBe(401)
    expect(locked.text).not.toContain('token')
    const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    expect(stored.lockUntil).toBeTruthy()
  })

  it('signs in with the right password and returns no password hash', async () => {
    const payload = await testPayload()
    const { user } = await createUser(payload, 'learner')
    const response = await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    expect(response.status).toBe(200)
    expect(response.body.token).toBeTruthy()
    expect(response.text).not.toMatch(/hash|salt/)
  })
})
