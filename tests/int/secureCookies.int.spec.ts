import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** The session cookie options Payload gets, read in a fresh process: they are fixed when the config loads. */
const sessionCookieWith = (env: Record<string, string>) => {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  if (!('PUBLIC_URL' in env)) delete childEnv.PUBLIC_URL
  if (!('COOKIE_SECURE' in env)) delete childEnv.COOKIE_SECURE
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '-e', "const { Users } = await import('./collections/Users/index.ts'); console.log(JSON.stringify(Users.auth.cookies))"],
    { cwd: root, env: childEnv, encoding: 'utf8', timeout: 90_000 },
  )
  return JSON.parse(out.trim().split('\n').pop()!) as { secure?: boolean; sameSite?: string }
}

describe('the session cookie', () => {
  it('is Secure whenever PUBLIC_URL is https, and not on plain http', { timeout: 200_000 }, () => {
    expect(sessionCookieWith({ PUBLIC_URL: 'https://learn.example.org' })).toEqual({ sameSite: 'Lax', secure: true })
    expect(sessionCookieWith({ PUBLIC_URL: 'http://localhost:3000' })).toEqual({ sameSite: 'Lax', secure: false })
  })
})
