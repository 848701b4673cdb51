import { expect, test } from './fixtures'
import { DEMO_PASSWORD } from './helpers'

/**
 * No reader ever gets a page rendered for another: whatever a request says
 * about itself (two session cookies, two language cookies, odd encodings),
 * the page is rendered for the one identity Payload decides, and nothing
 * rendered for one reader is served to the next.
 */
const LESSON = '/modules/preparing-the-organization/lessons/what-is-peer-support'

let base: string
const tokens: Record<string, string> = {}
let otherManagerEmail: string
let otherLearnerEmail: string

const api = async (method: string, route: string, token?: string, body?: unknown) => {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const signIn = async (email: string) => {
  const { status, body } = await api('POST', '/api/users/login', undefined, { email, password: DEMO_PASSWORD })
  expect(status, email).toBe(200)
  return body.token as string
}

/** A page as a browser on our own site asks for it: the session cookie is honoured only for same-site requests. */
const get = async (route: string, cookie: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${route}`, { headers: { cookie, 'sec-fetch-site': 'same-origin', ...headers } })
  return { status: response.status, html: await response.text(), encoding: response.headers.get('content-encoding') }
}

const session = (who: string) => `payload-token=${tokens[who]}`

test.beforeAll(async ({ baseURL }) => {
  base = baseURL!
  tokens.admin = await signIn('admin@peerpath.example')
  const stamp = Date.now()
  const organization = await api('POST', '/api/organizations', tokens.admin, { name: `Readers org ${stamp}`, slug: `readers-org-${stamp}` })
  const orgId = (organization.body.doc as { id: number }).id
  otherManagerEmail = `readers-manager-${stamp}@test.peerpath.example`
  otherLearnerEmail = `readers-learner-${stamp}@test.peerpath.example`
  for (const [email, role, name] of [
    [otherManagerEmail, 'manager', 'Rita Readers'],
    [otherLearnerEmail, 'learner', 'Remy Readers'],
  ]) {
    const made = await api('POST', '/api/users', tokens.admin, { email, name, role, organization: orgId, password: DEMO_PASSWORD })
    expect(made.status, email).toBe(201)
  }
  tokens.manager = await signIn('manager@peerpath.example')
  tokens.otherManager = await signIn(otherManagerEmail)
  tokens.learner = await signIn('learner@peerpath.example')
})

test('two session cookies: the dashboard is the one identity Payload picks, and neither manager ever sees the other', async () => {
  const demoLearner = 'learner@peerpath.example'
  // Payload reads the last of duplicate cookies.
  const both = await get('/manage', `${session('manager')}; ${session('otherManager')}`)
  expect(both.status).toBe(200)
  expect(both.html).toContain('Remy Readers')
  expect(both.html).not.toContain('Lee Learner')

  const reversed = await get('/manage', `${session('otherManager')}; ${session('manager')}`)
  expect(reversed.html).toContain('Lee Learner')
  expect(reversed.html).not.toContain('Remy Readers')

  // Afterwards each manager alone sees only their own people, however often they look.
  for (let round = 0; round < 2; round++) {
    const own = await get('/manage', session('manager'))
    expect(own.html).toContain('Lee Learner')
    expect(own.html).not.toContain('Remy Readers')
    const other = await get('/manage', session('otherManager'))
    expect(other.html).toContain('Remy Readers')
    expect(other.html).not.toContain('Lee Learner')
    expect(other.html).not.toContain(demoLearner)
  }
})

test('a lesson page rendered for a manager is never what a learner gets, and a learner of another organization gets their own', async () => {
  const manageLink = 'href="/manage"'
  expect((await get(LESSON, session('manager'))).html).toContain(manageLink)
  const learner = await get(LESSON, session('learner'))
  expect(learner.status).toBe(200)
  expect(learner.html).not.toContain(manageLink)
  const otherLearnerToken = await signIn(otherLearnerEmail)
  const other = await get(LESSON, `payload-token=${otherLearnerToken}`)
  expect(other.status).toBe(200)
  expect(other.html).not.toContain(manageLink)
})

test('two language cookies give one language, and a reader of each language gets their own afterwards', async () => {
  const twice = await get(LESSON, `${session('learner')}; peerpath-locale=es; peerpath-locale=en`)
  expect(twice.status).toBe(200)
  expect(twice.html).toMatch(/<html lang="(en|es)"/)
  const spanish = await get(LESSON, `${session('learner')}; peerpath-locale=es`)
  expect(spanish.html).toContain('<html lang="es"')
  const english = await get(LESSON, `${session('learner')}; peerpath-locale=en`)
  expect(english.html).toContain('<html lang="en"')
  expect((await get(LESSON, `${session('learner')}; peerpath-locale=es`)).html).toContain('<html lang="es"')
})

test('an Accept-Encoding of * never makes a later plain request receive a compressed body', async () => {
  const starred = await fetch(`${base}${LESSON}`, {
    headers: { cookie: session('learner'), 'sec-fetch-site': 'same-origin', 'accept-encoding': '*' },
  })
  expect(starred.status).toBe(200)
  await starred.arrayBuffer()
  const plain = await fetch(`${base}${LESSON}`, {
    headers: { cookie: session('learner'), 'sec-fetch-site': 'same-origin', 'accept-encoding': 'identity' },
  })
  expect(plain.headers.get('content-encoding')).toBeNull()
  expect(await plain.text()).toContain('<html lang=')
})
