import type { APIRequestContext, Page } from '@playwright/test'

import { readFileSync } from 'node:fs'

import { findMarkers } from '@/lib/curriculum/citationMarkers'
import { curriculum } from '../../seed/content'
import { blockTexts } from '../helpers/curriculumText'
import { expect, test } from './fixtures'
import { answerKey, answerQuiz, DEMO_PASSWORD, expectAccessible, screenshot, signIn } from './helpers'

test.use({ viewport: { width: 390, height: 844 } })

const MODULE = 'preparing-the-organization'
const QUIZ = 'preparing-the-organization-quiz'

const checkPage = async (page: Page, name: string) => {
  await expectAccessible(page)
  await screenshot(page, name)
}

/**
 * The lesson's citation markers as links to its numbered sources and back: one link per cited source number the
 * seed's text carries (within the source list), and the Sources list as an ordered list of `#ref-n` items.
 */
const checkCitations = async (page: Page, locale: 'en' | 'es', href: string) => {
  const lesson = curriculum.find((module) => module.slug === MODULE)!.lessons.find((candidate) => href.endsWith(`/${candidate.slug}`))!
  const sourceCount = lesson.sources.length
  const expected = lesson[locale].body
    .flatMap(blockTexts)
    .flatMap(findMarkers)
    .flatMap((marker) => marker.numbers)
    .filter((number) => number >= 1 && number <= sourceCount)
  await expect(page.locator('section.sources ol > li')).toHaveCount(sourceCount)
  await expect(page.locator('section.sources ol > li').first()).toHaveAttribute('id', 'ref-1')
  const links = page.locator('.lesson-body sup.citation a')
  await expect(links).toHaveCount(expected.length)
  if (expected.length === 0) return
  const first = expected[0]!
  await expect(links.first()).toHaveAttribute('href', `#ref-${first}`)
  await expect(links.first()).toHaveAccessibleName(locale === 'en' ? `Source ${first}` : `Fuente ${first}`)
  await links.first().click()
  await expect(page).toHaveURL(new RegExp(`#ref-${first}$`))
  const back = page.locator(`#ref-${first} a.back-to-text`)
  await expect(back).toHaveAccessibleName(locale === 'en' ? `Back to text for source ${first}` : `Volver al texto de la fuente ${first}`)
  await back.click()
  await expect(page).toHaveURL(new RegExp(`#cite-${first}$`))
}

/** The whole learner journey on module 1, in the given language. */
const journey = async (page: Page, request: APIRequestContext, locale: 'en' | 'es', texts: { complete: string; timeLeft: RegExp; lessonsLeft: RegExp; submit: string; failed: RegExp; passed: RegExp; retry: string; valid: RegExp; learningTime: string }) => {
  await checkPage(page, `${locale}-my-learning`)
  await page.locator(`a[href="/modules/${MODULE}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}$`))
  await checkPage(page, `${locale}-module`)

  const lessonLinks = await page.locator('ol.lesson-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
  expect(lessonLinks.length).toBeGreaterThanOrEqual(2)

  // The quiz waits for the lessons, and says which are left.
  await page.goto(`/modules/${MODULE}/quiz`)
  await expect(page.getByText(texts.lessonsLeft)).toBeVisible()
  await expect(page.locator('fieldset')).toHaveCount(0)

  for (const [index, href] of lessonLinks.entries()) {
    await page.goto(href)
    const button = page.getByRole('button', { name: texts.complete })
    if (index === 0) {
      // Straight away is too early: the server measures the time on task (shortened for tests by
      // PEERPATH_MIN_TIME_SCALE in globalSetup to 5 s, never switched off) and the page says how long is left.
      await button.click()
      await expect(page.getByText(texts.timeLeft)).toBeVisible()
      await expect(page.locator('.alert.success')).toHaveCount(0)
      await checkPage(page, `${locale}-lesson`)
      await checkCitations(page, locale, href)
    }
    // Once the time has passed the same button completes the lesson. (Reaching the end may also
    // complete it on its own while we click: the button is then gone, which the check sees.)
    await expect(async () => {
      if (await button.isVisible()) await button.click({ timeout: 2_000 }).catch(() => undefined)
      await expect(page.locator('.alert.success')).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 30_000, intervals: [1_000] })
  }

  await page.goto(`/modules/${MODULE}/quiz`)
  await checkPage(page, `${locale}-quiz`)
  // Each attempt shows its own draw from the bank; the answers come from the test's copy of the seed.
  const drawn = await answerQuiz(page, QUIZ, locale, false)
  expect(drawn).toBe(8)
  await page.getByRole('button', { name: texts.submit }).click()
  await expect(page).toHaveURL(/\/quiz\/attempts\/\d+$/)
  await expect(page.getByText(texts.failed)).toBeVisible()
  await checkPage(page, `${locale}-result-failed`)

  await page.getByRole('link', { name: texts.retry }).click()
  await answerQuiz(page, QUIZ, locale, true)
  await page.getByRole('button', { name: texts.submit }).click()
  await expect(page.getByText(texts.passed)).toBeVisible()
  await checkPage(page, `${locale}-result-passed`)

  const download = page.waitForEvent('download')
  await page.locator('a[href$="/pdf"]').first().click()
  const pdf = readFileSync(await (await download).path())
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

  await page.goto('/learn')
  const verifyLink = page.locator('a[href^="/verify/"]').first()
  const href = await verifyLink.getAttribute('href')
  await page.goto(href!)
  await expect(page.getByText(texts.valid)).toBeVisible()
  // The total learning time, measured by the server, e.g. "12 s" with the shortened minimum.
  await expect(page.locator('dt', { hasText: texts.learningTime }).locator('+ dd')).toHaveText(/^\d+ (s|min)$|^\d+ h \d\d min$/)
  await checkPage(page, `${locale}-verify`)
}

/** A fresh learner made by the demo admin, so each test starts with no progress. */
const newLearner = async (request: APIRequestContext, name: string) => {
  const adminLogin = await request.post('/api/users/login', { data: { email: 'admin@peerpath.example', password: DEMO_PASSWORD } })
  const { token } = await adminLogin.json()
  const email = `learner-${Date.now()}-${Math.round(Math.random() * 1e6)}@peerpath.example`
  const created = await request.post('/api/users', {
    headers: { authorization: `JWT ${token}` },
    data: { email, password: DEMO_PASSWORD, name, role: 'learner' },
  })
  expect(created.status()).toBe(201)
  return email
}

test('the demo learner completes module 1 in English and earns a verifiable certificate', async ({ page, request }) => {
  await signIn(page, 'learner@peerpath.example')
  await journey(page, request, 'en', {
    complete: 'Mark as complete',
    timeLeft: /keep going: you can mark this lesson complete after about \d+ s more/i,
    lessonsLeft: /the quiz opens once you have completed every lesson/i,
    learningTime: 'Learning time',
    submit: 'Submit answers',
    failed: /did not pass/i,
    passed: /you passed/i,
    retry: 'Try again',
    valid: /certificate is valid/i,
  })
})

test('a learner does the same in Spanish, switching language on the site', async ({ page, request }) => {
  await signIn(page, await newLearner(request, 'Ana Muñoz'))
  await page.getByRole('button', { name: 'Cambiar a español' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi aprendizaje')
  await journey(page, request, 'es', {
    complete: 'Marcar como completada',
    timeLeft: /sigue adelante: podrás marcar esta lección como completada después de unos \d+ s más/i,
    lessonsLeft: /el cuestionario se abre cuando completes todas las lecciones/i,
    learningTime: 'Tiempo de estudio',
    submit: 'Enviar respuestas',
    failed: /no aprobaste/i,
    passed: /aprobaste!/i,
    retry: 'Intentar de nuevo',
    valid: /certificado es válido/i,
  })
})

test('an unknown verification code says so, as a 404, without signing in', async ({ page }) => {
  const response = await page.goto('/verify/AAAAA-BBBBB-CCCCC-DDDDD')
  expect(response?.status()).toBe(404)
  await expect(page.getByText(/no certificate has this code/i)).toBeVisible()
  await expectAccessible(page)
  for (const malformed of ['/verify/UNKNOWN', '/verify/aaaaa-bbbbb']) {
    expect((await page.goto(malformed))?.status(), malformed).toBe(404)
    await expect(page.getByText(/no certificate has this code/i)).toBeVisible()
  }
})

test('pages fit a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await signIn(page, 'learner@peerpath.example')
  for (const path of ['/learn', `/modules/${MODULE}`, `/modules/${MODULE}/quiz`]) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})

test('the sign-in and password pages are accessible and do not reveal accounts', async ({ page }) => {
  await page.goto('/login')
  await expectAccessible(page)
  await page.locator('#email').fill('nobody@peerpath.example')
  await page.locator('#password').fill('wrong-password')
  await page.locator('main form button[type="submit"]').click()
  const failed = page.locator('main [role="alert"]')
  await expect(failed).toContainText(/did not match/i)
  await page.goto('/forgot-password')
  await expectAccessible(page)
  await page.locator('#email').fill('nobody@peerpath.example')
  await page.getByRole('button', { name: 'Send reset link' }).click()
  await expect(page.locator('main [role="status"]')).toContainText(/if an account uses that email/i)
})

/** Studies every lesson of MODULE through the track endpoint as the signed-in page user, the real rule with the shortened minimum. */
const studyModule = async (page: Page) => {
  // Payload accepts the session cookie only from same-origin requests, as a browser marks them.
  const headers = { 'sec-fetch-site': 'same-origin' }
  const track = (lessonId: number, event: 'view' | 'complete') => page.request.post('/api/progress/track', { headers, data: { lessonId, event } })
  const modules = await (await page.request.get(`/api/modules?where[slug][equals]=${MODULE}&depth=0`, { headers })).json()
  const lessons = await (await page.request.get(`/api/lessons?where[module][equals]=${modules.docs[0].id}&depth=0&limit=100`, { headers })).json()
  const ids = (lessons.docs as { id: number }[]).map((lesson) => lesson.id)
  expect(ids.length).toBeGreaterThanOrEqual(2)
  for (const lessonId of ids) expect((await track(lessonId, 'view')).status()).toBe(200)
  for (const lessonId of ids) {
    await expect.poll(async () => (await track(lessonId, 'complete')).status(), { timeout: 30_000, intervals: [1_000] }).toBe(200)
  }
}

test('the quiz page and its RSC payload carry no answer key', async ({ page, request }) => {
  await signIn(page, await newLearner(request, 'Sam Rivera'))
  await studyModule(page)
  const key = await answerKey(request, QUIZ, 'en')
  const sameOrigin = { 'sec-fetch-site': 'same-origin' }
  const html = await (await page.request.get(`/modules/${MODULE}/quiz`, { headers: sameOrigin })).text()
  const rsc = await (await page.request.get(`/modules/${MODULE}/quiz`, { headers: { ...sameOrigin, RSC: '1' } })).text()
  expect(html).toContain('fieldset')
  for (const body of [html, rsc]) {
    expect(body).not.toContain('isCorrect')
    expect(body).not.toContain('acceptedAnswers')
    for (const question of key.questions) {
      for (const accepted of question.acceptedAnswers ?? []) expect(body.toLowerCase()).not.toContain(`"${accepted.answer.toLowerCase()}"`)
    }
  }
})
