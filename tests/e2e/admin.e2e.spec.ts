import { expect, test } from './fixtures'
import { DEMO_PASSWORD } from './helpers'

const TRAINER = { email: 'trainer@peerpath.example', password: DEMO_PASSWORD }

/** Payload accepts the session cookie only from same-origin requests, as a browser marks them. */
const sameOrigin = { 'sec-fetch-site': 'same-origin' }

test('a trainer signs in to the admin and publishes a new lesson', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(TRAINER.email)
  await page.locator('#field-password').fill(TRAINER.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  const stamp = Date.now().toString(36)
  // The lesson goes into a module of its own, so the learner specs that follow see the demo curriculum only
  // (a lesson added to module 1 would be one more lesson for them to complete, and one their checks do not know).
  const moduleTitle = `E2E admin module ${stamp}`
  const createdModule = await page.request.post('/api/modules', {
    headers: sameOrigin,
    data: { title: moduleTitle, slug: `e2e-admin-${stamp}`, area: 'service-delivery', order: 91, _status: 'draft' },
  })
  expect(createdModule.status(), await createdModule.text()).toBe(201)
  const moduleId = ((await createdModule.json()) as { doc: { id: number } }).doc.id
  let lessonId: string | undefined

  try {
    const slug = `e2e-lesson-${stamp}`
    // An English-only lesson: publishing asks first (adminPreview.e2e covers the question); the trainer goes ahead.
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto('/admin/collections/lessons/create')
    await page.locator('#field-title').fill('Welcoming a new peer colleague')
    await page.locator('#field-slug').fill(slug)
    await page.locator('#field-module .rs__control').click()
    await page.locator('#field-module input').fill(moduleTitle)
    await page.locator('.rs__option', { hasText: moduleTitle }).click()
    await page.locator('#action-save').click()
    await expect(page).toHaveURL(/\/admin\/collections\/lessons\/\d+/)
    lessonId = /\/lessons\/(\d+)/.exec(page.url())![1]

    const response = await page.request.get(`/api/lessons?where[slug][equals]=${slug}&draft=false`, { headers: sameOrigin })
    expect(response.status()).toBe(200)
    const body = await response.json()
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]._status).toBe('published')
    expect(body.docs[0].title).toBe('Welcoming a new peer colleague')
    expect(body.docs[0].module.id ?? body.docs[0].module).toBe(moduleId)
  } finally {
    if (lessonId) expect((await page.request.delete(`/api/lessons/${lessonId}`, { headers: sameOrigin })).status()).toBe(200)
    expect((await page.request.delete(`/api/modules/${moduleId}`, { headers: sameOrigin })).status()).toBe(200)
  }
})

test('the admin refuses a learner', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill('learner@peerpath.example')
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page.getByText(/not allowed|unauthorized|do not have access/i).first()).toBeVisible()
})
