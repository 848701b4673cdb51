import { expect, test } from './fixtures'

/**
 * Against the real server (Express in front of Next): the sign-in form's
 * server action, even when it is posted to another page, counts in the same
 * budget as the REST route under another spelling of its path, keyed by the
 * address Express handed on.
 */
test('the sign-in form, posted to any page, shares its budget with REST under any spelling', async ({ page, baseURL }) => {
  const email = `limits-${Date.now()}@test.peerpath.example`
  // Next finds a server action by its id, not by the page it is posted to: send the form's posts to /verify/x.
  let rerouted = 0
  await page.route('**/login', (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    rerouted++
    return route.continue({ url: `${baseURL}/verify/x` })
  })
  const attempt = async () => {
    await page.goto('/login')
    await page.locator('#email').fill(email)
    await page.locator('#password').fill('wrong-password')
    await page.locator('main form button[type="submit"]').click()
    return page.locator('main [role="alert"]')
  }
  for (let i = 0; i < 4; i++) await expect(await attempt()).toContainText(/did not match/i)
  // The fifth try of this address on this account goes through REST, spelled another way.
  const rest = await page.request.post('/api/users/%6cogin', { data: { email, password: 'wrong-password' } })
  expect(rest.status()).toBe(401)
  await expect(await attempt()).toContainText(/too many sign-in attempts/i)
  expect(rerouted).toBe(5)
  const limited = await page.request.post('/api/users/%6cogin', { data: { email, password: 'wrong-password' } })
  expect(limited.status()).toBe(429)
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0)
  expect(await limited.json()).toMatchObject({ error: expect.stringMatching(/too many/i) })
})
