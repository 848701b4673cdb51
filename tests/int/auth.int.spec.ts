import { describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '@/lib/limits/clientAddress'
import { api } from '../helpers/api'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

describe('sign-in protection', () => {
  it('after five failed attempts from one address refuses that address, even the right password, but locks no account', async () => {
    const payload = await testPayload()
    const { user } = await createUser(payload, 'learner')
    const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address })
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await api('POST', '/users/login', { body: { email: user.email, password: 'wrong-password' }, headers: from('192.0.2.41') })
      expect(failed.status).toBe(401)
    }
    const limited = await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD }, headers: from('192.0.2.41') })
    expect(limited.status).toBe(429)
    expect(limited.text).not.toContain('token')
    const elsewhere = await api('POST', '/users/login', { body: { email: user.email, password: PASSWORD }, headers: from('192.0.2.42') })
    expect(elsewhere.status).toBe(200)
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
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    // By recipient (a new user), not position: the outbox keeps only the last 100 mails.
    const message = consoleOutbox.find((mail) => mail.to === user.email)
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
