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

describe('password reset', () => {
  it('emails a single-use link to the learner site and never reveals whether an account exists', async () => {
    const payload = await testPayload()
    const { consoleOutbox } = await import('@/lib/email')
    const { user } = await createUser(payload, 'learner')
    const sentBefore = consoleOutbox.length
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    const message = consoleOutbox.slice(sentBefore).find((mail) => mail.to === user.email)
    const token = String(message?.html).match(/reset-password\?token=([A-Za-z0-9%]+)/)?.[1]
    expect(token).toBeTruthy()

    const unknown = await api('POST', '/users/forgot-password', { body: { email: 'nobody-here@test.peerpath.example' } })
    const known = await api('POST', '/users/forgot-password', { body: { email: user.email } })
    expect(unknown.status).toBe(known.status)

    const reset = await api('POST', '/users/reset-password', { body: { token: decodeURIComponent(token!), password: 'a-brand-new-password' } })
    expect(reset.status).toBe(200)
    const reused = await api('POST', '/users/reset-password', { body: { token: decodeURIComponent(token!), password: 'another-password-1' } })
    expect(reused.status).toBeGreaterThanOrEqual(400)
    expect(reused.status).toBeLessThan(500)
    const login = await api('POST', '/users/login', { body: { email: user.email, password: 'a-brand-new-password' } })
    expect(login.status).toBe(200)
  })
})
