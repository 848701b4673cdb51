import { expect, test } from './fixtures'

const TRAINER = { email: 'trainer@peerpath.example', password: 'peerpath-demo' }

/** Payload's toasts (sonner); a refusal's explanation must be in one, not only beside a field out of view. */
const toast = (page: import('@playwright/test').Page, text: RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text })

test('a trainer authors a quiz: slug from the title, specific refusals, and a review tick that is asked for again', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(TRAINER.email)
  await page.locator('#field-password').fill(TRAINER.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  // The dashboard offers what a trainer works with, not other people's records.
  await expect(page.getByRole('link', { name: 'Quizzes', exact: true }).first()).toBeVisible()
  for (const hidden of ['Quiz Attempts', 'Progresses', 'Users', 'Certificates']) {
    await expect(page.getByText(hidden, { exact: true })).toHaveCount(0)
  }

  const stamp = Date.now().toString(36)
  // This quiz is English only: publishing asks first (adminPreview.e2e covers the question); here the trainer goes ahead.
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto('/admin/collections/quizzes/create')
  await page.locator('#field-title').fill(`Listening Skills Check ${stamp}`)
  // The slug follows the title as it is typed.
  await expect(page.locator('#field-slug')).toHaveValue(`listening-skills-check-${stamp}`)
  await page.locator('#field-module .rs__control').click()
  await page.locator('.rs__option').first().click()

  await page.getByRole('button', { name: 'Add Question' }).click()
  // Bank rows start collapsed (a long bank stays readable); open the new one once it is there.
  await expect(page.getByText('Question 1', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Show All' }).first().click()
  await expect(page.locator('#field-questions__0__prompt')).toBeVisible()
  await page.locator('#field-questions__0__prompt').fill('What helps most at a first meeting?')
  await page.getByRole('button', { name: 'Add Choice' }).click()
  await page.getByRole('button', { name: 'Add Choice' }).click()
  await page.locator('#field-questions__0__choices__0__text').fill('Listening first')
  await page.locator('#field-questions__0__choices__1__text').fill('Giving advice')
  await page.locator('label[for="field-questions__0__choices__0__isCorrect"]').click()
  await page.locator('label[for="field-questions__0__choices__1__isCorrect"]').click()

  await page.locator('#action-save').click()
  await expect(toast(page, /Question 1 needs exactly one correct choice/)).toBeVisible()
  await expect(toast(page, /following field is invalid/i)).toHaveCount(0)
  await page.locator('label[for="field-questions__0__choices__1__isCorrect"]').click()

  // The findings show while editing, with the field and the words around the term.
  const findings = page.getByTestId('language-findings')
  await expect(findings).toContainText('No findings')
  await page.locator('#field-questions__0__prompt').fill('What helps an addict most at a first meeting?')
  await expect(findings).toContainText('Question 1, question')
  await expect(findings).toContainText('What helps an')
  await expect(findings.locator('mark')).toHaveText('addict')

  await page.locator('#action-save').click()
  await expect(toast(page, /person-first language check found “addict”/)).toBeVisible()

  await page.locator('label[for="field-languageReviewed"]').click()
  await page.locator('#action-save').click()
  await expect(page).toHaveURL(/\/admin\/collections\/quizzes\/\d+/)
  await expect(page.locator('.status__value, .doc-controls__status').filter({ hasText: /Published/ }).first()).toBeVisible()
  const quizId = /\/quizzes\/(\d+)/.exec(page.url())![1]
  // The quiz is published to a demo module the learner specs take, so it leaves once this spec is done.
  try {
    // The bank's row is labelled by its question.
    await expect(page.getByText('1. What helps an addict most at a first meeting?')).toBeVisible()

    // A new stigmatizing term: the tick clears itself and publishing asks for the review again.
    await page.locator('#field-title').fill(`Listening Skills Check for junkies ${stamp}`)
    await expect(findings.locator('mark')).toHaveText(['junkies', 'addict'])
    await expect(page.locator('#field-languageReviewed')).not.toBeChecked()
    // Published: the slug no longer follows the title, so links keep working.
    await expect(page.locator('#field-slug')).toHaveValue(`listening-skills-check-${stamp}`)
    await page.locator('#action-save').click()
    await expect(toast(page, /person-first language check found “junkies”/)).toBeVisible()

    const response = await page.request.get(`/api/quizzes?where[slug][equals]=listening-skills-check-${stamp}&draft=false`, {
      headers: { 'sec-fetch-site': 'same-origin' },
    })
    const body = await response.json()
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].title).toBe(`Listening Skills Check ${stamp}`)
  } finally {
    const removed = await page.request.delete(`/api/quizzes/${quizId}`, { headers: { 'sec-fetch-site': 'same-origin' } })
    expect(removed.status()).toBe(200)
  }
})
