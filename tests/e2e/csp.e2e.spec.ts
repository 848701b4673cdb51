import type { Page, Response } from '@playwright/test'

import { expect, test } from './fixtures'
import { DEMO_PASSWORD, signIn } from './helpers'

declare global {
  interface Window {
    __cspViolations?: string[]
    __stillThisDocument?: boolean
  }
}

const scriptSources = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src')
    ?.slice(1) ?? []

/** The nonce of a site page's policy, after checking the policy allows no inline script without it. */
const nonceOf = (response: Response | null): string => {
  expect(response, 'page response').not.toBeNull()
  const policies = response!.headers()['content-security-policy'] ?? ''
  // One policy, not the admin's next to the site's.
  expect(policies).not.toContain(',')
  const sources = scriptSources(policies)
  expect(sources).not.toContain("'unsafe-inline'")
  expect(sources).not.toContain("'unsafe-eval'")
  const nonce = sources.find((source) => source.startsWith("'nonce-"))?.slice(7, -1)
  expect(nonce, policies).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  return nonce!
}

/**
 * Every script the server wrote into the page carries this request's nonce. Scripts the page's own
 * (trusted) code adds later, such as the chunks of a prefetched route, carry none and need none:
 * 'strict-dynamic' lets them run, and the violation check below would catch anything else.
 */
const expectScriptsCarry = async (response: Response | null, nonce: string) => {
  const tags = (await response!.text()).match(/<script\b[^>]*>/g) ?? []
  expect(tags.length).toBeGreaterThan(0)
  expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
}

/** React attaches its fibers to the DOM only when it hydrates. */
const expectHydrated = async (page: Page, selector: string) => {
  await expect
    .poll(() => page.evaluate((css) => Object.keys(document.querySelector(css) ?? {}).some((key) => key.startsWith('__reactFiber')), selector))
    .toBe(true)
}

test.beforeEach(async ({ page }) => {
  // Runs before any page script, outside the page's CSP: collects every refusal.
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
})

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? [])

test('learner pages get a fresh nonce per request, no inline scripts without it, and still hydrate', async ({ page }) => {
  await signIn(page, 'learner@peerpath.example')
  const learn = await page.goto('/learn')
  const first = nonceOf(learn)
  await expectScriptsCarry(learn, first)
  await expectHydrated(page, 'main')
  const second = nonceOf(await page.reload())
  expect(second).not.toBe(first)

  // A client component at work: the lesson tracker posts its view to the API once it has hydrated.
  await page.goto('/modules/preparing-the-organization')
  const lessonHref = await page.locator('ol.lesson-list a').first().getAttribute('href')
  const tracked = page.waitForRequest((request) => request.url().endsWith('/api/progress/track') && request.method() === 'POST')
  nonceOf(await page.goto(lessonHref!))
  await tracked
  await expectHydrated(page, 'main')
  expect(await violations(page)).toEqual([])
})

test('manager pages too, and client-side navigation works under the policy', async ({ page }) => {
  await signIn(page, 'manager@peerpath.example')
  const manage = await page.goto('/manage')
  const nonce = nonceOf(manage)
  await expectScriptsCarry(manage, nonce)
  await expectHydrated(page, 'nav.manage-nav')
  await page.evaluate(() => {
    window.__stillThisDocument = true
  })
  await page.locator('nav.manage-nav a[href="/manage/cohorts"]').click()
  await expect(page).toHaveURL(/\/manage\/cohorts$/)
  // The Link navigated inside the same document: the router's scripts ran.
  expect(await page.evaluate(() => window.__stillThisDocument)).toBe(true)
  expect(await violations(page)).toEqual([])
})

test('the signed-out pages and the admin: the site strict, the admin as Payload needs', async ({ page, request }) => {
  nonceOf(await page.goto('/login'))
  await expectHydrated(page, 'main form')
  expect(await violations(page)).toEqual([])

  const admin = await request.get('/admin/login')
  expect(admin.status()).toBe(200)
  const adminScripts = scriptSources(admin.headers()['content-security-policy'] ?? '')
  expect(adminScripts).toContain("'unsafe-inline'")
  expect(adminScripts.some((source) => source.startsWith("'nonce-"))).toBe(false)
})

test('GraphQL keeps its bounds however the path is spelled', async ({ request }) => {
  const signedIn = await request.post('/api/users/login', { data: { email: 'learner@peerpath.example', password: DEMO_PASSWORD } })
  expect(signedIn.status()).toBe(200)
  const { token } = (await signedIn.json()) as { token: string }
  const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: Lessons(limit: 100) { docs { body } }`).join(' ')} }`
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json', origin: process.env.PEERPATH_BASE_URL! }
  const attempts = [
    () => request.post('/api/graphql', { headers, data: { query } }),
    () => request.post('/api/graphql/', { headers, data: { query } }),
    () => request.post('/api/%67raphql', { headers, data: { query } }),
    () => request.post('/API/GRAPHQL', { headers, data: { query } }),
    () => request.post('/api/graphql', { headers, data: [{ query }, { query }] }),
    () => request.get(`/api/graphql?query=${encodeURIComponent(query)}`, { headers }),
    () => request.get(`/api/%67raphql?query=${encodeURIComponent(query)}`, { headers }),
  ]
  for (const attempt of attempts) {
    const started = Date.now()
    const response = await attempt()
    const body = await response.text()
    const label = `${response.url()} ${response.status()}`
    expect(Date.now() - started, label).toBeLessThan(3_000)
    expect(body.length, label).toBeLessThan(20_000)
    expect(body, label).not.toContain('"docs"')
  }
})
