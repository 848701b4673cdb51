import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { answerKey, DEMO_PASSWORD, expectAccessible, type KeyedQuestion, signIn } from './helpers'

/**
 * The dead ends a learner hit in their first hour (issue 14), in English and Spanish:
 * the language switch for a cohort member, quiz drafts, unanswered questions, retakes,
 * My learning, focus after "Mark as complete", explanations in the reader's language,
 * the error page and someone else's certificate.
 */

// Each test sets up learners and attempts through the API and checks two widths: slow on a busy machine.
test.describe.configure({ timeout: 240_000 })

const MODULE = 'preparing-the-organization'
const QUIZ = 'preparing-the-organization-quiz'
const WIDTHS = [390, 1280] as const

type Locale = 'en' | 'es'
const TEXT = {
  en: {
    switchTo: 'Cambiar a español',
    myLearning: 'My learning',
    complete: 'Mark as complete',
    submit: 'Submit answers',
    notAnswered: 'Not answered',
    restored: /kept the answers you had not sent/i,
    unanswered: (list: string) => new RegExp(`Questions? ${list} ha(s|ve) no answer yet`),
    completed: /^Completed /,
    alreadyPassed: /You passed this quiz/,
    noAttempts: /manager or supervisor can give you another attempt/,
    notFound: 'We could not find that page.',
    errorTitle: 'Something went wrong',
  },
  es: {
    switchTo: 'Switch to English',
    myLearning: 'Mi aprendizaje',
    complete: 'Marcar como completada',
    submit: 'Enviar respuestas',
    notAnswered: 'Sin responder',
    restored: /Guardamos las respuestas que todavía no habías enviado/,
    unanswered: (list: string) => new RegExp(`(La pregunta|Las preguntas) ${list} todavía no tiene`),
    completed: /^Completado el /,
    alreadyPassed: /Aprobaste este cuestionario/,
    noAttempts: /supervisor o supervisora puede darte otro intento/,
    notFound: 'No encontramos esa página.',
    errorTitle: 'Algo salió mal',
  },
} as const

const adminToken = async (request: APIRequestContext) => {
  const login = await request.post('/api/users/login', { data: { email: 'admin@peerpath.example', password: DEMO_PASSWORD } })
  return (await login.json()).token as string
}

/** A fresh learner of the demo organization (optionally in the demo cohort, which has the toolkit path assigned). */
const newLearner = async (request: APIRequestContext, { inCohort = false } = {}) => {
  const token = await adminToken(request)
  const auth = { authorization: `JWT ${token}` }
  const demo = await (await request.get('/api/users?where[email][equals]=learner@peerpath.example&depth=0', { headers: auth })).json()
  const { organization, cohort } = demo.docs[0] as { organization: number; cohort: number }
  const email = `dead-ends-${Date.now()}-${Math.round(Math.random() * 1e6)}@peerpath.example`
  const created = await request.post('/api/users', {
    headers: auth,
    data: { email, password: DEMO_PASSWORD, name: 'Dana Díaz', role: 'learner', organization, ...(inCohort ? { cohort } : {}) },
  })
  expect(created.status(), await created.text()).toBe(201)
  const login = await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  return { email, token: (await login.json()).token as string }
}

const rightAnswer = (question: KeyedQuestion) =>
  question.type === 'short-answer'
    ? { questionId: question.id, text: question.acceptedAnswers![0].answer }
    : { questionId: question.id, choiceIds: question.choices!.filter((choice) => choice.isCorrect).map((choice) => choice.id) }

const wrongAnswer = (question: KeyedQuestion) =>
  question.type === 'short-answer'
    ? { questionId: question.id, text: 'no idea' }
    : { questionId: question.id, choiceIds: [question.choices!.find((choice) => !choice.isCorrect)!.id] }

const submitByApi = async (request: APIRequestContext, token: string, quizId: number, answers: unknown[], locale: Locale = 'en') =>
  request.post('/api/quiz-attempts/submit', { headers: { authorization: `JWT ${token}` }, data: { quizId, locale, answers } })

/**
 * The questions the learner's next attempt drew (the shipped quiz draws 8 of its bank). Asked with every
 * question, the server refuses with a 400 naming each one not drawn, and records nothing.
 */
const drawnQuestions = async (request: APIRequestContext, token: string, key: { id: number; questions: KeyedQuestion[] }, locale: Locale) => {
  const probe = await submitByApi(request, token, key.id, key.questions.map(wrongAnswer), locale)
  expect(probe.status(), 'the shipped quiz draws fewer questions than its bank').toBe(400)
  const notDrawn = new Set(((await probe.json()).details as { questionId: string }[]).map((problem) => problem.questionId))
  return key.questions.filter((question) => !notDrawn.has(question.id))
}

/** Submits the learner's next attempt, answering each drawn question with `answer`. */
const submitDrawn = async (
  request: APIRequestContext,
  token: string,
  key: { id: number; questions: KeyedQuestion[] },
  answer: (question: KeyedQuestion) => unknown,
  locale: Locale = 'en',
) => submitByApi(request, token, key.id, (await drawnQuestions(request, token, key, locale)).map(answer), locale)

/**
 * Completes every lesson of module 1 through the API. Retries each completion for up to a minute:
 * a lesson may ask for some time on task before it can be completed.
 */
const completeLessonsByApi = async (request: APIRequestContext, token: string) => {
  const auth = { authorization: `JWT ${token}` }
  const modules = await (await request.get(`/api/modules?where[slug][equals]=${MODULE}&depth=0`, { headers: auth })).json()
  const lessons = await (await request.get(`/api/lessons?where[module][equals]=${modules.docs[0].id}&limit=100&depth=0`, { headers: auth })).json()
  for (const lesson of lessons.docs as { id: number }[]) {
    await request.post('/api/progress/track', { headers: auth, data: { lessonId: lesson.id, event: 'view' } })
    await expect
      .poll(async () => (await request.post('/api/progress/track', { headers: auth, data: { lessonId: lesson.id, event: 'complete' } })).status(), {
        timeout: 60_000,
        intervals: [500, 1_000, 2_000],
      })
      .toBe(200)
  }
}

const switchLanguage = async (page: Page, to: Locale) => {
  await page.getByRole('button', { name: to === 'es' ? TEXT.en.switchTo : TEXT.es.switchTo }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', to)
}

const signOut = async (page: Page, locale: Locale) => {
  await page.getByRole('button', { name: locale === 'es' ? 'Cerrar sesión' : 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login$/)
}

const accessibleAtBothWidths = async (page: Page) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    await expectAccessible(page)
  }
}

test('the demo learner (in a cohort) switches to Spanish, signs out and in, and stays in Spanish; My learning lists each module once', async ({ page }) => {
  await signIn(page, 'learner@peerpath.example')
  try {
    await switchLanguage(page, 'es')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.es.myLearning)
    await signOut(page, 'es')
    // A new browser context: only the profile can remember the language now.
    await page.context().clearCookies()
    await signIn(page, 'learner@peerpath.example')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.es.myLearning)

    for (const locale of ['es', 'en'] as const) {
      if (locale === 'en') await switchLanguage(page, 'en')
      const hrefs = await page.locator('main h3 a[href^="/modules/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(hrefs.length, locale).toBeGreaterThanOrEqual(4)
      expect(new Set(hrefs).size, `${locale}: every module once`).toBe(hrefs.length)
      await expect(page.locator(`[data-assigned="${MODULE}"]`)).toHaveCount(1)
      await accessibleAtBothWidths(page)
    }
  } finally {
    // Other specs sign the demo learner in and expect English.
    if ((await page.locator('html').getAttribute('lang')) === 'es') await switchLanguage(page, 'en')
  }
  await signOut(page, 'en')
  await page.context().clearCookies()
  await signIn(page, 'learner@peerpath.example')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

for (const locale of ['en', 'es'] as const) {
  const text = TEXT[locale]

  test(`${locale}: quiz answers survive a reload and Back; the unanswered questions are named and focused; results say "${text.notAnswered}"`, async ({ page, request }) => {
    const { email, token } = await newLearner(request)
    await signIn(page, email)
    if (locale === 'es') await switchLanguage(page, 'es')
    const key = await answerKey(request, QUIZ, locale)
    // The quiz comes after the lessons.
    await completeLessonsByApi(request, token)

    await page.goto(`/modules/${MODULE}`)
    await page.goto(`/modules/${MODULE}/quiz`)
    // The questions this attempt drew, in the page's order.
    const shownIds = await page.locator('fieldset.question').evaluateAll((sets) => sets.map((set) => set.id.replace(/^question-/, '')))
    const drawn = shownIds.map((id) => key.questions.find((question) => question.id === id)!)
    expect(drawn.length).toBeGreaterThanOrEqual(3)
    const answered = drawn.findIndex((question) => question.type !== 'short-answer')
    const first = drawn[answered]
    const firstChoice = page.locator(`fieldset.question input[value="${first.choices![0].id}"]`)
    await firstChoice.check()

    // Leaving with an unsent answer asks first (accepted here, so the test can leave).
    let warned = false
    page.on('dialog', (dialog) => {
      if (dialog.type() === 'beforeunload') warned = true
      void dialog.accept()
    })
    await page.reload()
    await expect(page.getByText(text.restored)).toBeVisible()
    await expect(firstChoice).toBeChecked()
    expect(warned, 'a beforeunload warning while answers are unsent').toBe(true)

    // Away and Back: still there.
    await page.goto(`/modules/${MODULE}`)
    await page.goBack()
    await expect(page).toHaveURL(/\/quiz$/)
    await expect(firstChoice).toBeChecked()
    await accessibleAtBothWidths(page)

    // Submitting with gaps names them and moves focus to the first one.
    await page.getByRole('button', { name: text.submit }).click()
    const gaps = drawn.map((_, index) => index).filter((index) => index !== answered)
    const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(gaps.map((index) => String(index + 1)))
    await expect(page.locator('form [role="alert"]')).toHaveText(text.unanswered(list))
    const focusedIn = await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)
    expect(focusedIn).toBe(`question-${drawn[gaps[0]].id}`)
    await accessibleAtBothWidths(page)

    await page.getByRole('button', { name: text.submit }).click()
    await expect(page).toHaveURL(/\/quiz\/attempts\/\d+$/)
    await expect(page.getByText(text.notAnswered, { exact: true })).toHaveCount(drawn.length - 1)
    // Percentages are formatted for the language: "20 %" in Spanish, "20%" in English.
    await expect(page.locator('.score')).toHaveText(locale === 'es' ? /\d+\s%$/ : /\d+%$/)
    await accessibleAtBothWidths(page)

    // Back after submitting never shows the sent quiz as if nothing happened.
    await page.goBack()
    await expect(page).not.toHaveURL(/\/quiz\/attempts\//)
    if (/\/quiz$/.test(page.url())) {
      await expect(firstChoice).not.toBeChecked()
      await expect(page.locator('main .meta').first()).toContainText(locale === 'es' ? 'Te quedan 2 intentos' : '2 attempts left')
    }

    // A fresh attempt starts empty: the draft was for the attempt just sent.
    await page.goto(`/modules/${MODULE}/quiz`)
    await expect(page.locator('fieldset.question input:checked')).toHaveCount(0)
    await expect(page.getByText(text.restored)).toHaveCount(0)
  })

  test(`${locale}: a passed quiz is not taken again, and at zero attempts the learner is told who can help`, async ({ page, request }) => {
    const key = await answerKey(request, QUIZ, locale)
    const passer = await newLearner(request)
    await completeLessonsByApi(request, passer.token)
    // Punctuation and hyphens do not make a short answer wrong.
    const rightWithPunctuation = (question: KeyedQuestion) =>
      question.type === 'short-answer' ? { questionId: question.id, text: `${question.acceptedAnswers![0].answer.replace(/ /g, '-')}!` } : rightAnswer(question)
    const drawn = await drawnQuestions(request, passer.token, key, locale)
    const answers = drawn.map(rightWithPunctuation)
    const passed = await submitByApi(request, passer.token, key.id, answers, locale)
    expect(passed.status()).toBe(201)
    expect((await passed.json()).review.passed).toBe(true)
    // The next attempt would draw a new set: answer that one, and the pass still refuses it.
    const again = await submitDrawn(request, passer.token, key, rightAnswer, locale)
    expect(again.status(), 'no attempt is used after a pass').toBe(409)

    await signIn(page, passer.email)
    if (locale === 'es') await switchLanguage(page, 'es')
    await page.goto(`/modules/${MODULE}`)
    await expect(page.locator(`a[href="/modules/${MODULE}/quiz"]`)).toHaveCount(0)
    await page.goto(`/modules/${MODULE}/quiz`)
    await expect(page.getByText(text.alreadyPassed)).toBeVisible()
    await expect(page.locator('fieldset.question')).toHaveCount(0)
    await accessibleAtBothWidths(page)

    const struggler = await newLearner(request)
    await completeLessonsByApi(request, struggler.token)
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await submitDrawn(request, struggler.token, key, wrongAnswer, locale)).status()).toBe(201)
    }
    await page.context().clearCookies()
    await signIn(page, struggler.email)
    if (locale === 'es') await switchLanguage(page, 'es')
    await page.goto(`/modules/${MODULE}/quiz`)
    await expect(page.getByText(text.noAttempts)).toBeVisible()
    await accessibleAtBothWidths(page)
  })

  test(`${locale}: completed assignments say "Completed <date>", and focus moves on after "${text.complete}"`, async ({ page, request }) => {
    const learner = await newLearner(request, { inCohort: true })
    // Only the button completes a lesson in this test (not reaching the end of the page).
    await page.addInitScript(() => {
      delete (window as { IntersectionObserver?: unknown }).IntersectionObserver
    })
    await signIn(page, learner.email)
    if (locale === 'es') await switchLanguage(page, 'es')
    await page.goto(`/modules/${MODULE}`)
    const firstLesson = await page.locator('ol.lesson-list a').first().getAttribute('href')
    await page.goto(firstLesson!)
    const button = page.getByRole('button', { name: text.complete })
    // The lesson may ask for some time on task first: press until it takes.
    await expect(async () => {
      if (await button.isVisible()) await button.press('Enter')
      await expect(page.locator('.alert.success')).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 60_000, intervals: [1_000, 2_000] })
    await expect(page.locator('[data-next-step]')).toBeFocused()
    await accessibleAtBothWidths(page)

    await completeLessonsByApi(request, learner.token)
    const key = await answerKey(request, QUIZ, locale)
    expect((await submitDrawn(request, learner.token, key, rightAnswer, locale)).status()).toBe(201)
    await page.goto('/learn')
    const card = page.locator(`[data-assigned="${MODULE}"]`)
    await expect(card.locator('.badge')).toHaveText(text.completed)
    await expect(page.locator(`main h3 a[href="/modules/${MODULE}"]`)).toHaveCount(1)
    await accessibleAtBothWidths(page)
  })
}

test('explanations follow the reader: an attempt made in English reads in Spanish with the Spanish feedback', async ({ page, request }) => {
  const learner = await newLearner(request)
  await completeLessonsByApi(request, learner.token)
  const english = await answerKey(request, QUIZ, 'en')
  const spanish = await answerKey(request, QUIZ, 'es')
  const drawn = new Set((await drawnQuestions(request, learner.token, english, 'en')).map((question) => question.id))
  const single = english.questions.findIndex((question) => question.type === 'single' && drawn.has(question.id))
  const wrong = wrongAnswer(english.questions[single]) as { questionId: string; choiceIds: string[] }
  const response = await submitByApi(request, learner.token, english.id, [wrong], 'en')
  expect(response.status()).toBe(201)
  const attemptId = (await response.json()).attempt.id
  const feedbackOf = (questions: KeyedQuestion[]) =>
    (questions[single].choices!.find((choice) => choice.id === wrong.choiceIds[0]) as { feedback?: string }).feedback!
  expect(feedbackOf(spanish.questions)).not.toBe(feedbackOf(english.questions))

  await signIn(page, learner.email)
  await page.goto(`/modules/${MODULE}/quiz/attempts/${attemptId}`)
  await expect(page.getByText(feedbackOf(english.questions))).toBeVisible()
  await switchLanguage(page, 'es')
  await expect(page.getByText(feedbackOf(spanish.questions))).toBeVisible()
  await expect(page.getByText(feedbackOf(english.questions))).toHaveCount(0)
  await accessibleAtBothWidths(page)
})

for (const locale of ['en', 'es'] as const) {
  test(`${locale}: a failed page is a titled, localized error page; someone else's certificate is a friendly 404`, async ({ page, request }) => {
    // Someone else's certificate.
    const owner = await newLearner(request)
    await completeLessonsByApi(request, owner.token)
    const key = await answerKey(request, QUIZ, 'en')
    const passed = await (await submitDrawn(request, owner.token, key, rightAnswer)).json()
    const certificateId = passed.certificate?.id as number
    expect(certificateId).toBeTruthy()

    const reader = await newLearner(request)
    await signIn(page, reader.email)
    if (locale === 'es') await switchLanguage(page, 'es')
    const response = await page.goto(`/certificates/${certificateId}/pdf`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[locale].notFound)
    await accessibleAtBothWidths(page)

    // A page whose action fails (as the language switch once did) shows an error page in the page's
    // language with a title (global-error: an action's failure reaches the root), not a blank one.
    await page.goto('/learn')
    await page.route('**/learn', (route) => (route.request().method() === 'POST' ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()))
    await page.getByRole('button', { name: TEXT[locale].switchTo }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[locale].errorTitle)
    await expect(page).toHaveTitle(new RegExp(TEXT[locale].errorTitle))
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await accessibleAtBothWidths(page)
    await page.unroute('**/learn')
  })
}
