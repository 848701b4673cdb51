import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ensurePayloadSecret } from '@/db/payloadSecret'
import { redactUrl } from '@/http/redact'

describe('the session signing secret', () => {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.PAYLOAD_SECRET
    delete process.env.PAYLOAD_SECRET
  })
  afterEach(() => {
    process.env.PAYLOAD_SECRET = saved
  })

  it('is generated on the first start, kept readable by its owner only, and reused; deleting it rotates it', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'peerpath-secret-')), 'postgres')
    const first = ensurePayloadSecret(dataDir)
    expect(first.source).toBe('generated')
    const generated = process.env.PAYLOAD_SECRET!
    expect(generated).toMatch(/^[0-9a-f]{64}$/)
    expect(generated).not.toBe('peerpath-commands-without-sessions')
    expect(statSync(first.file!).mode & 0o777).toBe(0o600)

    delete process.env.PAYLOAD_SECRET
    expect(ensurePayloadSecret(dataDir).source).toBe('file')
    expect(process.env.PAYLOAD_SECRET).toBe(generated)

    // Another installation never shares it.
    delete process.env.PAYLOAD_SECRET
    ensurePayloadSecret(path.join(mkdtempSync(path.join(tmpdir(), 'peerpath-secret-')), 'postgres'))
    expect(process.env.PAYLOAD_SECRET).not.toBe(generated)

    // A damaged file is replaced, not trusted.
    writeFileSync(first.file!, 'short\n')
    delete process.env.PAYLOAD_SECRET
    expect(ensurePayloadSecret(dataDir).source).toBe('generated')
    expect(readFileSync(first.file!, 'utf8').trim()).toBe(process.env.PAYLOAD_SECRET)
  })

  it('comes from PAYLOAD_SECRET when it is set', () => {
    process.env.PAYLOAD_SECRET = 'x'.repeat(40)
    expect(ensurePayloadSecret('/nonexistent/postgres').source).toBe('environment')
    expect(process.env.PAYLOAD_SECRET).toBe('x'.repeat(40))
  })
})

describe('request logs', () => {
  it('never carry invitation or reset tokens', () => {
    expect(redactUrl('/invite/abcDEF123_-xyz')).toBe('/invite/[redacted]')
    expect(redactUrl('/invite/abc?x=1')).toBe('/invite/[redacted]?x=1')
    expect(redactUrl('/reset-password?token=s3cr3t&next=/learn')).toBe('/reset-password?token=[redacted]&next=/learn')
    expect(redactUrl('/api/users/reset-password?foo=1&token=s3cr3t')).toBe('/api/users/reset-password?foo=1&token=[redacted]')
    expect(redactUrl('/modules/a/lessons/b')).toBe('/modules/a/lessons/b')
  })
})
