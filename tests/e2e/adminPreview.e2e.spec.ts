import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { DEMO_PASSWORD, signIn } from './helpers'

/**
 * A trainer's tools beside the editor: the Preview button (a draft seen as a learner will see it, the
 * published page unchanged for learners), the warning before publishing with Spanish missing, and the
 * quiz's Statistics tab. Each test makes its own module and hides it again afterwards, so the learner
 * and manager specs that follow see the demo curriculum only.
 */

const TRAINER = 'trainer@peerpath.example'
const LEARNER = 'learner@peerpath.example'
const stamp = Date.now().toString(36)

const tokenFor = async (request: APIRequestContext, email: string) =>
  ((await (await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })).json()) as { token: string }).token

const call = async (request: APIRequestContext, token: string, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) => {
  const response = await request.fetch(`/api${path}`, { method, headers: { authorization: `JWT ${token}` }, data })
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
  return (await response.json()) as { doc: { id: number; slug: string; questions?: { id: string; choices: { id: string; isCorrect?: boolean }[] }[] } }
}

const created: { collection: string; id: number }[] = []
const create = async (request: APIRequestContext, token: string, collection: 'modules' | 'lessons' | 'quizzes', data: Record<string, unknown>) => {
  const { doc } = await call(request, token, 'POST', `/${collection}`, data)
  created.push({ collection, id: doc.id })
  return doc
}

/** A published module (English only) with one short lesson and a one-question quiz. */
const createCourse = async (request: APIRequestContext, token: string, label: string) => {
  const module = await create(request, token, 'modules', { title: `E2E module ${label}`, slug: `e2e-${label}-${stamp}`, area: 'service-delivery', order: 90, _status: 'published' })
  const lesson = await create(request, token, 'lessons', {
    title: `E2E lesson ${label}`,
    slug: `e2e-${label}-lesson-${stamp}`,
    module: module.id,
    order: 1,
    estimatedMinutes: 1,
    minimumMinutes: 1,
    _status: 'published',
  })
  const quiz = await create(request, token, 'quizzes', {
    title: `E2E quiz ${label}`,
    slug: `e2e-${label}-quiz-${stamp}`,
    module: module.id,
    passingScore: 80,
    maxAttempts: 3,
    _status: 'published',
    questions: [{ type: 'single', prompt: 'Which choice is right?', choices: [{ text: 'The right one', isCorrect: true }, { text: 'The wrong one', isCorrect: false }] }],
  })
  return { module, lesson, quiz }
}

const signInToAdmin = async (page: Page) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(TRAINER)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test.afterAll(async ({ request }) => {
  // Unpublished, the test modules leave the learner's curriculum (their records stay, as deletion would be refused).
  const token = await tokenFor(request, TRAINER)
  for (const { collection, id } of created.reverse()) await call(request, token, 'PATCH', `/${collection}/${id}`, { _status: 'draft' })
})

test('a trainer previews a draft of a published lesson; learners still see the published lesson', async ({ page, browser, request }) => {
  const token = await tokenFor(request, TRAINER)
  const { module, lesson } = await createCourse(request, token, 'preview')
  const lessonPath = `/modules/${module.slug}/lessons/${lesson.slug}`

  await signInToAdmin(page)
  await page.goto(`/admin/collections/lessons/${lesson.id}`)
  await page.locator('#field-title').fill('E2E lesson preview, revised draft')
  await page.locator('#action-save-draft').click()
  await expect(page.getByText(/draft saved|saved successfully/i).first()).toBeVisible()

  const href = await page.locator('#preview-button').getAttribute('href')
  expect(href).toContain(`/preview?collection=lessons&id=${lesson.id}`)
  await page.goto(href!)
  await expect(page).toHaveURL(new RegExp(`${lessonPath}$`))
  await expect(page.locator('main h1')).toHaveText('E2E lesson preview, revised draft')
  await expect(page.getByTestId('preview-banner')).toBeVisible()

  const learnerContext = await browser.newContext()
  const learner = await learnerContext.newPage()
  await signIn(learner, LEARNER)
  await learner.goto(lessonPath)
  await expect(learner.locator('main h1')).toHaveText('E2E lesson preview')
  // A learner cannot turn preview on, and the page they see stays the published one.
  const refused = await learner.goto(`/preview?collection=lessons&id=${lesson.id}`)
  expect(refused?.status()).toBe(403)
  await learner.goto(lessonPath)
  await expect(learner.locator('main h1')).toHaveText('E2E lesson preview')
  await expect(learner.getByTestId('preview-banner')).toHaveCount(0)
  await learnerContext.close()

  // Leaving preview, the trainer sees the published lesson too.
  await page.getByRole('link', { name: 'Exit preview' }).click()
  await page.goto(lessonPath)
  await expect(page.locator('main h1')).toHaveText('E2E lesson preview')
})

test('publishing a module with Spanish missing asks first, and names what is missing', async ({ page, request }) => {
  const token = await tokenFor(request, TRAINER)
  const module = await create(request, token, 'modules', {
    title: 'E2E module in English only',
    summary: 'Only written in English so far.',
    slug: `e2e-english-only-${stamp}`,
    area: 'service-delivery',
    order: 91,
    _status: 'draft',
  })

  await signInToAdmin(page)
  await page.goto(`/admin/collections/modules/${module.id}`)
  const status = page.getByTestId('translation-status')
  await expect(status).toContainText('Missing in Spanish (2)')
  await expect(status).toContainText('Title')
  await expect(status).toContainText('Summary')

  // Declining the confirmation publishes nothing.
  page.once('dialog', (dialog) => dialog.dismiss())
  await page.locator('#action-save').click()
  await page.waitForTimeout(1_500)
  await expect(page.getByText(/published successfully/i)).toHaveCount(0)
  const draft = await request.get(`/api/modules/${module.id}?draft=false&depth=0`, { headers: { authorization: `JWT ${token}` } })
  expect(((await draft.json()) as { _status: string })._status).toBe('draft')

  let message = ''
  page.once('dialog', async (dialog) => {
    message = dialog.message()
    await dialog.accept()
  })
  await page.locator('#action-save').click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
  expect(message).toContain('Spanish is missing for')
  expect(message).toContain('Title')
  expect(message).toContain('Summary')
})

test('the Statistics tab shows a quiz’s attempts, pass rate and per-choice counts', async ({ page, request }) => {
  const token = await tokenFor(request, TRAINER)
  const { lesson, quiz } = await createCourse(request, token, 'statistics')

  // The demo learner studies the lesson and answers the quiz wrongly (so no certificate is issued for a test module).
  const learnerToken = await tokenFor(request, LEARNER)
  await call(request, learnerToken, 'POST', '/progress/track', { lessonId: lesson.id, event: 'view' })
  await expect
    .poll(async () => (await request.post('/api/progress/track', { headers: { authorization: `JWT ${learnerToken}` }, data: { lessonId: lesson.id, event: 'complete' } })).status(), {
      timeout: 20_000,
      intervals: [500],
    })
    // 409 means "too early" (the minimum time on task); anything else is the answer.
    .not.toBe(409)
  const question = quiz.questions![0]
  const wrong = question.choices.find((choice) => !choice.isCorrect)!
  await call(request, learnerToken, 'POST', '/quiz-attempts/submit', { quizId: quiz.id, answers: [{ questionId: question.id, choiceIds: [wrong.id] }] })

  await signInToAdmin(page)
  await page.goto(`/admin/collections/quizzes/${quiz.id}`)
  await page.getByRole('link', { name: 'Statistics' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/quizzes/${quiz.id}/statistics$`))
  const summary = page.getByTestId('quiz-statistics-summary')
  await expect(summary.getByRole('row', { name: 'Attempts 1', exact: true })).toBeVisible()
  await expect(summary.getByRole('row', { name: 'Learners 1', exact: true })).toBeVisible()
  await expect(summary.getByRole('row', { name: 'Pass rate 0 %', exact: true })).toBeVisible()
  await expect(summary.getByRole('row', { name: 'Mean score 0 %', exact: true })).toBeVisible()
  const row = page.getByTestId('question-statistics').first()
  await expect(row).toContainText('Asked 1 · answered 1 · right 0 (0 %)')
  await expect(row.getByRole('row', { name: /The wrong one/ })).toContainText('1 of 1')
  await expect(row.getByRole('row', { name: /The right one/ })).toContainText('0 of 1')
})
