import type { APIRequestContext, Browser, Page } from '@playwright/test'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'

import { LOCALE_COOKIE } from '../../src/lib/locales'
import { expect, test } from './fixtures'
import { DEMO_PASSWORD, answerQuiz, expectAccessible, screenshot, signIn } from './helpers'

type Messages = typeof import('../../src/i18n/messages/en.json')
const messagesOf = (locale: 'en' | 'es') => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../src/i18n/messages/${locale}.json`), 'utf8')) as Messages
const MESSAGES = { en: messagesOf('en'), es: messagesOf('es') }
const MODULE = 'preparing-the-organization'
const QUIZ = 'preparing-the-organization-quiz'
const CREDENTIAL = 'icrc-peer-recovery'
const HELD = 'georgia-cps'
const sameOrigin = { 'sec-fetch-site': 'same-origin' }

/** A message with its simple `{name}` placeholders filled (none of the ones used here has plurals). */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`)

/** The words of a message before its first placeholder, as a pattern: for names that end in a formatted date. */
const startOf = (template: string) => new RegExp(`^${template.split('{')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

const adminToken = async (request: APIRequestContext) => {
  const login = await request.post('/api/users/login', { data: { email: 'admin@peerpath.example', password: DEMO_PASSWORD } })
  return ((await login.json()) as { token: string }).token
}

const adminGet = async <T>(request: APIRequestContext, token: string, url: string): Promise<T> => {
  const response = await request.get(url, { headers: { authorization: `JWT ${token}` } })
  expect(response.status(), url).toBe(200)
  return (await response.json()) as T
}

/** Mail the server wrote to its outbox folder for `email`. */
const mailTo = (email: string) => {
  const dir = process.env.PEERPATH_OUTBOX_DIR!
  return readdirSync(dir)
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { to: string; subject?: string; html: string })
    .filter((message) => message.to === email)
}

const pageIn = async (browser: Browser, locale: 'en' | 'es', email: string) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, email)
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: page.url() }])
  return page
}

/** Every lesson of the module through the track endpoint: the real minimum-time rule, shortened for tests. */
const studyModule = async (page: Page) => {
  const track = (lessonId: number, event: 'view' | 'complete') => page.request.post('/api/progress/track', { headers: sameOrigin, data: { lessonId, event } })
  const modules = await (await page.request.get(`/api/modules?where[slug][equals]=${MODULE}&depth=0`, { headers: sameOrigin })).json()
  const lessons = await (await page.request.get(`/api/lessons?where[module][equals]=${modules.docs[0].id}&depth=0&limit=100`, { headers: sameOrigin })).json()
  const ids = (lessons.docs as { id: number }[]).map((lesson) => lesson.id)
  for (const lessonId of ids) expect((await track(lessonId, 'view')).status()).toBe(200)
  for (const lessonId of ids) await expect.poll(async () => (await track(lessonId, 'complete')).status(), { timeout: 60_000, intervals: [1_000] }).toBe(200)
}

const pdfText = async (file: string) => (await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), { mergePages: true })).text

for (const locale of ['en', 'es'] as const) {
  test(`${locale}: a new learner works toward IC&RC Peer Recovery with their manager, from module to packet, and an expiring credential is reminded once`, async ({ browser, request }) => {
    test.setTimeout(360_000)
    const m = MESSAGES[locale]
    const stamp = `${locale}-${Date.now().toString(36)}`
    const token = await adminToken(request)

    // A new learner in the demo manager's organization, who reads in this language.
    const managerLogin = await request.post('/api/users/login', { data: { email: 'manager@peerpath.example', password: DEMO_PASSWORD } })
    const organization = ((await managerLogin.json()) as { user: { organization: number | { id: number } } }).user.organization
    const organizationId = typeof organization === 'object' ? organization.id : organization
    const email = `cert-${stamp}@peerpath.example`
    const name = `Avery Certification ${stamp}`
    const created = await request.post('/api/users', {
      headers: { authorization: `JWT ${token}` },
      data: { email, password: DEMO_PASSWORD, name, role: 'learner', organization: organizationId, preferredLocale: locale },
    })
    expect(created.status(), await created.text()).toBe(201)
    const learnerId = ((await created.json()) as { doc: { id: number } }).doc.id
    const credentials = await adminGet<{ docs: { id: number; slug: string; name: string }[] }>(request, token, `/api/credentials?where[slug][in]=${CREDENTIAL},${HELD}&locale=${locale}&depth=0`)
    const credential = credentials.docs.find((doc) => doc.slug === CREDENTIAL)!
    const held = credentials.docs.find((doc) => doc.slug === HELD)!

    // The manager chooses IC&RC Peer Recovery for them.
    const manager = await pageIn(browser, locale, 'manager@peerpath.example')
    await manager.setViewportSize({ width: 390, height: 844 })
    await manager.goto(`/manage/learners/${learnerId}`)
    await manager.locator('#learner-credential').selectOption(String(credential.id))
    await manager.getByRole('button', { name: m.manage.certification.choose, exact: true }).click()
    await expect(manager.locator('[data-standing]')).toBeVisible()

    // The learner completes module 1 (mapped to 2 hours of Advocacy) and passes its quiz.
    const learner = await pageIn(browser, locale, email)
    await studyModule(learner)
    await learner.goto(`/modules/${MODULE}/quiz`)
    await answerQuiz(learner, QUIZ, locale, true)
    await learner.getByRole('button', { name: m.quiz.submit }).click()
    await expect(learner.locator('.score')).toBeVisible()
    const certificates = await adminGet<{ docs: { code: string }[] }>(request, token, `/api/certificates?where[user][equals]=${learnerId}&depth=0`)
    expect(certificates.docs).toHaveLength(1)
    const code = certificates.docs[0].code

    // They record training taken elsewhere and log a week of work experience.
    await learner.setViewportSize({ width: 390, height: 844 })
    await learner.goto('/certification')
    const section = learner.locator(`section[data-credential="${CREDENTIAL}"]`)
    await expect(section.locator('li[data-domain="advocacy"] [role="progressbar"]')).toHaveAttribute('aria-valuenow', '20')
    await expect(section.getByText(code)).toBeVisible()
    const form = m.certification.externalForm
    const training = section.locator('form', { has: learner.getByRole('button', { name: form.submit }) })
    const trainingTitle = `Ethics in peer work ${stamp}`
    await training.getByLabel(form.provider).fill('Recovery Academy')
    await training.getByLabel(form.trainingTitle).fill(trainingTitle)
    await training.getByLabel(form.date).fill('2026-11-10')
    await training.getByLabel(form.hours, { exact: true }).fill('4')
    await training.getByLabel(form.domain).selectOption('ethical-responsibility')
    await training.getByRole('button', { name: form.submit }).click()
    await expect(training.getByRole('status')).toHaveText(m.certification.messages.trainingRecorded)

    const log = m.certification.experienceForm
    const experience = learner.locator('form', { has: learner.getByRole('button', { name: log.submit }) })
    await experience.getByLabel(log.date, { exact: true }).fill('2026-11-16')
    await experience.getByLabel(log.hours, { exact: true }).fill('6')
    await experience.getByLabel(log.setting, { exact: true }).fill(`Recovery community center ${stamp}`)
    await experience.getByRole('radio', { name: log.paid, exact: true }).check()
    await experience.getByRole('radio', { name: log.yes, exact: true }).check()
    await experience.getByRole('button', { name: log.submit }).click()
    await expect(experience.getByRole('status')).toHaveText(m.certification.messages.experienceLogged)
    await expectAccessible(learner)

    // The manager approves both, and records three supervision sessions.
    const c = m.manage.certification
    await manager.reload()
    await manager.getByRole('button', { name: fill(c.approveTrainingLabel, { title: trainingTitle }) }).click()
    await expect(manager.locator(`tr[data-external="${trainingTitle}"] [data-status="approved"]`)).toBeVisible()
    const week = manager.locator('tr[data-week="2026-11-16"]')
    await week.getByRole('button', { name: startOf(c.approveWeekLabel) }).click()
    await expect(week.getByRole('button', { name: startOf(c.approveWeekLabel) })).toHaveCount(0)
    for (const [index, day] of ['2026-11-09', '2026-11-16', '2026-11-23'].entries()) {
      await manager.locator('#supervision-date').fill(day)
      await manager.locator('#supervision-minutes').fill('60')
      await manager.locator('#supervision-topic-skill-building').check()
      await manager.locator('#supervision-notes').fill(`Session ${index + 1}: goals for the week ${stamp}`)
      await manager.getByRole('button', { name: c.recordButton }).click()
      await expect(manager.locator('tr[data-session]')).toHaveCount(index + 1)
    }
    // One recorded by mistake is withdrawn before the learner acknowledges it; the outcome keeps the focus.
    await manager.locator('#supervision-date').fill('2026-11-02')
    await manager.locator('#supervision-minutes').fill('30')
    await manager.getByRole('button', { name: c.recordButton }).click()
    await expect(manager.locator('tr[data-session]')).toHaveCount(4)
    const mistaken = manager.locator('tr[data-session]').filter({ hasText: fill(c.minutes, { minutes: '30' }) })
    await mistaken.getByRole('button', { name: startOf(c.withdrawLabel) }).click()
    await mistaken.getByRole('button', { name: c.withdrawConfirm }).click()
    await expect(manager.locator('tr[data-session]')).toHaveCount(3)
    const withdrawn = manager.locator('.removal-outcome')
    await expect(withdrawn.getByRole('status')).toHaveText(m.manage.messages.supervisionWithdrawn)
    await expect(withdrawn).toBeFocused()
    await expectAccessible(manager)
    await screenshot(manager, `${locale}-manager-learner-certification`)

    // The learner acknowledges each session; then every count is right.
    await learner.reload()
    const waiting = learner.locator('[data-session][data-acknowledged="false"]')
    await expect(waiting).toHaveCount(3)
    for (let left = 3; left > 0; left--) {
      await waiting.first().getByRole('button').click()
      await expect(waiting).toHaveCount(left - 1)
    }
    await expect(learner.locator('[data-session][data-acknowledged="true"]')).toHaveCount(3)
    // Advocacy 2 of 10 h (module 1), Ethical responsibility 4 of 16 h (the approved training), supervision 3 of 25 h.
    await expect(section.locator('li[data-domain="advocacy"] [role="progressbar"]')).toHaveAttribute('aria-valuenow', '20')
    await expect(section.locator('li[data-domain="ethical-responsibility"] [role="progressbar"]')).toHaveAttribute('aria-valuenow', '25')
    await expect(section.getByText(fill(m.certification.supervisionProgress, { hours: '3', required: '25' }))).toBeVisible()
    await expect(section.getByText(fill(m.certification.experienceProgress, { approved: '6', required: '500' }))).toBeVisible()
    expect(await learner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await expectAccessible(learner)
    await screenshot(learner, `${locale}-certification-journey`)

    // The packet lists it all.
    const download = learner.waitForEvent('download')
    await section.getByRole('link', { name: m.certification.packet }).click()
    const packet = await pdfText((await (await download).path())!)
    for (const expected of [name, credential.name, code, trainingTitle, 'Recovery Academy']) expect(packet).toContain(expected)
    expect(packet).toMatch(/\b6\b/)
    expect(packet).toMatch(/\b3\b/)

    // A credential they hold, expiring in 30 days: one reminder, however often the reminders run.
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const recorded = await learner.request.post('/api/held-credentials', {
      headers: sameOrigin,
      data: { credential: held.id, status: 'held', number: `GA-${stamp}`, issuedAt: '2025-01-15', expiresAt: expires },
    })
    expect(recorded.status(), await recorded.text()).toBe(201)
    const aboutHeld = () => mailTo(email).filter((message) => message.html.includes(held.name))
    expect(aboutHeld()).toHaveLength(0)
    for (let run = 0; run < 2; run++) {
      const ran = await request.post('/api/reminder-deliveries/run-now', { headers: { authorization: `JWT ${token}` } })
      expect(ran.status(), await ran.text()).toBe(200)
    }
    expect(aboutHeld()).toHaveLength(1)
    const learnerRun = await learner.request.post('/api/reminder-deliveries/run-now', { headers: sameOrigin })
    expect(learnerRun.status()).toBe(403)
    await manager.context().close()
    await learner.context().close()
  })
}
