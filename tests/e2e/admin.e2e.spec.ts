import { expect, test } from './fixtures'

const TRAINER = { email: 'trainer@peerpath.example', password: 'peerpath-demo' }

test('a trainer signs in to the admin and publishes a new lesson', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(TRAINER.email)
  await page.locator('#field-password').fill(TRAINER.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  const slug = `e2e-lesson-${Date.now().toString(36)}`
  // An English-only lesson: publishing asks first (adminPreview.e2e covers the question); the trainer goes ahead.
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto('/admin/collections/lessons/create')
  await page.locator('#field-title').fill('Welcoming a new peer colleague')
  await page.locator('#field-slug').fill(slug)
  await page.locator('#field-module .rs__control').click()
  await page.locator('.rs__option').first().click()
  await page.locator('#action-save').click()
  await expect(page).toHaveURL(/\/admin\/collections\/lessons\/\d+/)

  // Payload accepts the session cookie only from same-origin requests, as a browser marks them.
  const response = await page.request.get(`/api/lessons?where[slug][equals]=${slug}&draft=false`, {
    headers: { 'sec-fetch-site': 'same-origin' },
  })
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.docs).toHaveLength(1)
  expect(body.docs[0]._status).toBe('published')
  expect(body.docs[0].title).toBe('Welcoming a new peer colleague')
})

test('the admin refuses a learner', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill('learner@peerpath.example')
  await page.locator('#field-password').fill('peerpath-demo')
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page.getByText(/not allowed|unauthorized|do not have access/i).first()).toBeVisible()
})
