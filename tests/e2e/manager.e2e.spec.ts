import type { Page } from '@playwright/test'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parseCsv } from '@/lib/csv/parse'
import { expect, test } from './fixtures'
import { DEMO_PASSWORD, type KeyedQuestion, expectAccessible, screenshot, signIn } from './helpers'

/** The invitation link in the newest email to `email`, read from the server's outbox folder. */
const invitationLink = (email: string) => {
  const dir = process.env.PEERPATH_OUTBOX_DIR!
  const messages = readdirSync(dir)
    .sort()
    .reverse()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { to: string; html: string })
  const html = messages.find((message) => message.to === email && message.html.includes('/invite/'))?.html ?? ''
  const link = html.match(/https?:\/\/[^"<\s]+\/invite\/[A-Za-z0-9_-]{43}/)?.[0]
  if (!link) throw new Error(`no invitation email to ${email}`)
  return new URL(link).pathname
}

/** Pixels the page is wider than the window; tables scroll inside their own region instead. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

/** Each module line of one learner's row on the dashboard: "status|module". */
const dashboardModules = async (page: Page, email: string) => {
  const row = page.locator(`tr[data-learner="${email}"]`)
  await expect(row).toBeVisible()
  return row.locator('ul.module-statuses li').allInnerTexts()
}

test('a manager invites by CSV, assigns the toolkit path to a cohort, and follows a new learner', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000)
  const stamp = Date.now().toString(36)
  const cohort = `March 2027 new hires ${stamp}`
  const newcomer = `rosa-${stamp}@example.org`

  await signIn(page, 'manager@peerpath.example')
  await page.getByRole('link', { name: 'Manage' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Team dashboard' })).toBeVisible()

  // A cohort, then five invitations from a CSV whose fourth line is wrong.
  await page.goto('/manage/cohorts')
  await page.getByLabel('Cohort name', { exact: true }).fill(cohort)
  await page.getByRole('button', { name: 'Create cohort' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Cohort created.' })).toBeVisible()

  await page.goto('/manage/people')
  const csv = [
    'name,email,cohort',
    `Rosa Martínez,${newcomer},${cohort}`,
    `Jordan Lee,jordan-${stamp}@example.org,${cohort}`,
    `Bad Address,jordan-at-example.org,${cohort}`,
    `Priya Shah,priya-${stamp}@example.org,${cohort}`,
    `Tomás Núñez,tomas-${stamp}@example.org,${cohort}`,
    `Dana Cole,dana-${stamp}@example.org,${cohort}`,
  ].join('\n')
  await page.locator('#invite-file').setInputFiles({ name: 'new-hires.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByRole('button', { name: 'Upload and invite' }).click()
  const report = page.locator('.alert').filter({ hasText: '5 invited' })
  await expect(report).toBeVisible()
  await expect(report).toContainText('Line 4:')
  await expect(report).toContainText('jordan-at-example.org')
  await expect(page.locator(`tr[data-invitation="${newcomer}"]`)).toContainText('Pending')
  await expectAccessible(page)
  await page.setViewportSize({ width: 390, height: 844 })
  expect(await sidewaysOverflow(page)).toBe(0)
  await screenshot(page, 'manage-people-390')
  await page.setViewportSize({ width: 1280, height: 720 })

  // The whole toolkit path for the cohort, due in 30 days (the form's default).
  await page.goto('/manage/cohorts')
  await page.getByLabel('Assign to', { exact: true }).selectOption({ label: cohort })
  await page.getByLabel('Training', { exact: true }).selectOption({ label: 'Peer Support Toolkit: all four modules' })
  await page.getByRole('button', { name: 'Assign', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Assigned.' })).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'manage-cohorts-desktop')

  // The new learner opens the link in their own browser, sets a password and sees the assignment.
  const learnerContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } })
  const learner = await learnerContext.newPage()
  await learner.goto(invitationLink(newcomer))
  await expect(learner.getByRole('heading', { level: 1, name: 'Join PeerPath' })).toBeVisible()
  await expectAccessible(learner)
  await screenshot(learner, 'invite-390')
  await learner.getByLabel('Password', { exact: true }).fill('rosa-password-2027')
  await learner.getByLabel('Repeat the password').fill('rosa-password-2027')
  await learner.getByRole('button', { name: 'Join and start' }).click()
  await expect(learner).toHaveURL(/\/learn\?welcome=1$/)
  const assigned = learner.locator('section[aria-labelledby="assigned-heading"]')
  await expect(assigned.locator('li[data-assigned]')).toHaveCount(4)
  await expect(assigned).toContainText('Due ')
  await expectAccessible(learner)
  await screenshot(learner, 'learner-assigned-390')

  // The dashboard shows Rosa not started, then in progress once she completes a lesson.
  await page.goto(`/manage?q=${encodeURIComponent(newcomer)}`)
  await expect(page.locator(`tr[data-learner="${newcomer}"] [data-status]`)).toHaveText('Not started')
  expect(await dashboardModules(page, newcomer)).toHaveLength(4)

  await learner.locator('li[data-assigned] a').first().click()
  await learner.locator('.lesson-list a').first().click()
  // The tracker may complete the lesson on its own (end reached) while the button is being clicked.
  const completed = learner.locator('.alert.success')
  await expect(async () => {
    if (!(await completed.isVisible())) await learner.getByRole('button', { name: 'Mark as complete' }).click({ timeout: 2_000 })
    await expect(completed).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await learnerContext.close()

  await page.reload()
  await expect(page.locator(`tr[data-learner="${newcomer}"] [data-status]`)).toHaveText('In progress')
  await expectAccessible(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'manage-dashboard-390')

  // The CSV of this view downloads and parses back to the rows on screen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const [header, ...rows] = parseCsv(bytes.toString('utf8')).rows.map((row) => row.cells)
  expect(header.slice(0, 5)).toEqual(['Name', 'Email', 'Cohort', 'Module', 'Status'])
  const onScreen = (await dashboardModules(page, newcomer)).map((text) => text.replace(/\s+·.*$/, '').trim())
  expect(rows.map((cells) => `${cells[4]} ${cells[3]}`)).toEqual(onScreen)
  expect(rows.every((cells) => cells[0] === 'Rosa Martínez' && cells[1] === newcomer && cells[2] === cohort)).toBe(true)

  for (const section of ['/manage/readiness', '/manage/audit', `/manage/learners/${await page.locator(`tr[data-learner="${newcomer}"] th a`).getAttribute('href').then((href) => href!.split('/').pop())}`]) {
    await page.goto(section)
    await expectAccessible(page)
    expect(await sidewaysOverflow(page), section).toBe(0)
    await screenshot(page, `manage${section.replace(/\/manage|\/\d+$/g, '').replace(/\//g, '-')}-390`)
  }
  // The log reads as sentences with names, in the organization's time zone.
  await page.goto('/manage/audit')
  await expect(page.locator('main')).toContainText('The progress CSV (1 person) was downloaded')
  await expect(page.locator('main')).toContainText(`Rosa Martínez (${newcomer}) accepted the invitation`)
  await expect(page.locator('main')).toContainText(`“Peer Support Toolkit: all four modules” was assigned to the cohort “${cohort}”, due`)
  await expect(page.locator('main')).toContainText('(America/New_York)')
})

test('a manager completes the readiness self-assessment and gets lessons for weak areas', async ({ page }) => {
  await signIn(page, 'manager@peerpath.example')
  await page.goto('/manage/readiness')
  const groups = page.locator('fieldset.statement')
  const count = await groups.count()
  expect(count).toBe(18)
  for (let index = 0; index < count; index++) {
    // Leadership (the first three) is rated "Not yet"; everything else fully in place.
    await groups.nth(index).locator(`input[value="${index < 3 ? 1 : 4}"]`).check()
  }
  await page.getByRole('button', { name: 'Save my answers' }).click()
  await expect(page).toHaveURL(/saved=1/)
  await expect(page.getByText('Overall readiness:')).toBeVisible()
  const recommendations = page.locator('.card-list .card')
  await expect(recommendations).toHaveCount(1)
  await expect(recommendations.locator('a').first()).toHaveAttribute('href', /^\/modules\/.+\/lessons\/.+/)
  await expectAccessible(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'manage-readiness-results-390')

  // The manager pages switch to Spanish like the learner site.
  await page.getByRole('button', { name: 'Cambiar a español' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Preparación de la organización' })).toBeVisible()
  await page.goto('/manage')
  await expect(page.getByRole('heading', { level: 1, name: 'Panel del equipo' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Secciones de gestión' })).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'manage-dashboard-es-390')
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Team dashboard' })).toBeVisible()
})

type Api = { token: string; call: (method: string, url: string, data?: unknown) => Promise<{ status: number; body: any }> } // eslint-disable-line @typescript-eslint/no-explicit-any

const apiAs = async (baseURL: string, email: string, password = DEMO_PASSWORD): Promise<Api> => {
  const login = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const { token } = (await login.json()) as { token: string }
  return {
    token,
    call: async (method, url, data) => {
      const response = await fetch(`${baseURL}${url}`, {
        method,
        headers: { authorization: `JWT ${token}`, ...(data ? { 'content-type': 'application/json' } : {}) },
        body: data ? JSON.stringify(data) : undefined,
      })
      return { status: response.status, body: await response.json().catch(() => null) }
    },
  }
}

const answersFor = (questions: KeyedQuestion[], correct: boolean) =>
  questions.map((question) =>
    question.type === 'short-answer'
      ? { questionId: question.id, text: correct ? question.acceptedAnswers![0].answer : 'no idea' }
      : { questionId: question.id, choiceIds: (question.choices ?? []).filter((choice) => Boolean(choice.isCorrect) === correct).slice(0, correct ? undefined : 1).map((choice) => choice.id) },
  )

test('a manager grants an attempt, revokes a certificate, deactivates a person, changes a due date and renames a cohort', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000)
  const stamp = Date.now().toString(36)
  const email = `ana-${stamp}@example.org`
  const password = 'ana-password-2027'

  // Setup through the API: a learner of the demo organization with two modules assigned,
  // the first completed with a certificate, every attempt at the second's quiz used.
  const admin = await apiAs(baseURL!, 'admin@peerpath.example')
  const manager = await apiAs(baseURL!, 'manager@peerpath.example')
  const trainer = await apiAs(baseURL!, 'trainer@peerpath.example')
  const organization = (await manager.call('GET', '/api/users/me')).body.user.organization
  const created = await admin.call('POST', '/api/users', { name: `Ana Ruiz ${stamp}`, email, password, role: 'learner', organization })
  expect(created.status).toBe(201)
  const learnerId = created.body.doc.id as number
  const modules = (await trainer.call('GET', '/api/modules?sort=order&limit=2&depth=0&where[_status][equals]=published')).body.docs as { id: number; title: string }[]
  for (const module of modules) {
    expect((await manager.call('POST', '/api/assignments', { learner: learnerId, module: module.id, dueDate: '2027-01-01T23:59:59.000Z' })).status).toBe(201)
  }
  const quizOf = async (moduleId: number) =>
    (await trainer.call('GET', `/api/quizzes?where[module][equals]=${moduleId}&depth=0&limit=1`)).body.docs[0] as { id: number; maxAttempts: number; questions: KeyedQuestion[] }
  const learner = await apiAs(baseURL!, email, password)
  // The quizzes come after the lessons, and a lesson completes only after its (shortened) minimum time:
  // open every lesson of both modules, then complete each once the server accepts it.
  const lessons: { id: number }[] = []
  for (const module of modules) {
    lessons.push(...((await learner.call('GET', `/api/lessons?where[module][equals]=${module.id}&limit=100&depth=0`)).body.docs as { id: number }[]))
  }
  for (const lesson of lessons) expect((await learner.call('POST', '/api/progress/track', { lessonId: lesson.id, event: 'view' })).status).toBe(200)
  for (const lesson of lessons) {
    await expect
      .poll(async () => (await learner.call('POST', '/api/progress/track', { lessonId: lesson.id, event: 'complete' })).status, { timeout: 60_000, intervals: [1_000, 2_000] })
      .toBe(200)
  }
  // Each attempt draws its questions: the server names the others with a 400 (recording nothing); answer the drawn ones.
  const submitDrawn = async (quiz: { id: number; questions: KeyedQuestion[] }, correct: boolean) => {
    const probe = await learner.call('POST', '/api/quiz-attempts/submit', { quizId: quiz.id, answers: answersFor(quiz.questions, correct) })
    if (probe.status !== 400) return probe
    const notDrawn = new Set(((probe.body.details ?? []) as { questionId: string }[]).map((problem) => problem.questionId))
    const drawn = quiz.questions.filter((question) => !notDrawn.has(question.id))
    return learner.call('POST', '/api/quiz-attempts/submit', { quizId: quiz.id, answers: answersFor(drawn, correct) })
  }
  const first = await quizOf(modules[0].id)
  const passed = await submitDrawn(first, true)
  const code = passed.body.certificate.code as string
  const second = await quizOf(modules[1].id)
  for (let attempt = 0; attempt < second.maxAttempts; attempt++) expect((await submitDrawn(second, false)).status).toBe(201)
  expect((await submitDrawn(second, false)).status).toBe(409)

  await signIn(page, 'manager@peerpath.example')

  // One more attempt at the second module's quiz.
  await page.goto(`/manage/learners/${learnerId}`)
  const row = page.locator(`tr[data-module="${modules[1].title}"]`)
  await expect(row).toContainText(`${second.maxAttempts} of ${second.maxAttempts} attempts used`)
  await row.getByRole('button', { name: `Give one more attempt at the quiz of ${modules[1].title}` }).click()
  await expect(row.getByRole('status')).toHaveText('One more attempt granted.')
  await expect(row).toContainText(`${second.maxAttempts} of ${second.maxAttempts + 1} attempts used`)
  expect((await submitDrawn(second, false)).status).toBe(201)

  // Revoking the certificate asks first, needs a reason, and /verify then says revoked.
  const certificate = page.locator(`tr[data-certificate="${code}"]`)
  await certificate.getByRole('button', { name: `Revoke the certificate for ${modules[0].title}` }).click()
  const reason = certificate.getByLabel('Reason (kept with the certificate and in the audit log)')
  await expect(reason).toBeFocused()
  await expectAccessible(page)
  await reason.fill('Completed under another person’s account')
  await certificate.getByRole('button', { name: 'Yes, revoke the certificate' }).click()
  await expect(certificate.locator('[data-status]')).toHaveText('Revoked')
  await expect(certificate).toContainText('Completed under another person’s account')
  await page.goto(`/verify/${code}`)
  await expect(page.getByRole('status')).toHaveText('This certificate has been revoked.')

  // Deactivating asks first; the person is signed out and cannot sign in again. They are found by search
  // (the list is paged for organizations of hundreds); the search keeps only who matches.
  await page.goto('/manage/people')
  await page.getByLabel('Find by name or email').fill(`Ana Ruiz ${stamp}`)
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(page).toHaveURL(/\/manage\/people\?q=/)
  await expect(page.locator('tr[data-person]')).toHaveCount(1)
  await expect(page.getByRole('status').filter({ hasText: `1 person matches “Ana Ruiz ${stamp}”` })).toBeVisible()
  const person = page.locator(`tr[data-person="${email}"]`)
  await person.getByRole('button', { name: `Deactivate Ana Ruiz ${stamp}` }).click()
  await expect(person.getByRole('button', { name: 'Yes, deactivate' })).toBeFocused()
  await person.getByRole('button', { name: 'Yes, deactivate' }).click()
  await expect(person.locator('[data-status]')).toContainText('Deactivated on')
  expect((await learner.call('GET', '/api/users/me')).body.user).toBeNull()
  const gone = await browser.newContext({ baseURL })
  const goneTab = await gone.newPage()
  await goneTab.goto('/login')
  await goneTab.locator('#email').fill(email)
  await goneTab.locator('#password').fill(password)
  await goneTab.locator('main form button[type="submit"]').click()
  await expect(goneTab.locator('main [role="alert"]')).toContainText('This account has been deactivated by your organization.')
  await gone.close()

  // A due date changes in place; a cohort is renamed.
  await page.goto('/manage/cohorts')
  const cohortName = `Rename me ${stamp}`
  await page.getByLabel('Cohort name', { exact: true }).fill(cohortName)
  await page.getByRole('button', { name: 'Create cohort' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Cohort created.' })).toBeVisible()
  const assignmentRow = () => page.locator('tr').filter({ hasText: `Ana Ruiz ${stamp}` }).filter({ hasText: modules[0].title })
  await assignmentRow().getByLabel(`New due date for ${modules[0].title} assigned to Ana Ruiz ${stamp}`).fill('2027-01-12')
  await assignmentRow().getByRole('button', { name: 'Change date' }).click()
  await expect(assignmentRow().getByRole('status')).toHaveText('Due date changed.')
  await page.reload()
  await expect(assignmentRow()).toContainText('Jan 12, 2027')
  const card = page.locator(`li[data-cohort="${cohortName}"]`)
  await card.getByLabel(`New name for ${cohortName}`).fill(`Renamed ${stamp}`)
  await card.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(page.locator(`li[data-cohort="Renamed ${stamp}"]`)).toBeVisible()
  // Deleting it: the card goes, and the outcome stays in its place with the keyboard focus on it.
  const renamed = page.locator(`li[data-cohort="Renamed ${stamp}"]`)
  await renamed.getByRole('button', { name: `Delete cohort Renamed ${stamp}` }).click()
  await renamed.getByRole('button', { name: 'Yes, delete the cohort' }).click()
  await expect(renamed).toHaveCount(0)
  const deleted = page.locator('section[aria-labelledby="cohort-list-heading"] .removal-outcome')
  await expect(deleted.getByRole('status')).toHaveText('Cohort deleted.')
  await expect(deleted).toBeFocused()

  // Every step is in the log, as sentences with names.
  await page.goto('/manage/audit')
  const log = page.locator('main')
  await expect(log).toContainText(`Ana Ruiz ${stamp} was given one more attempt at the quiz of “${modules[1].title}”`)
  await expect(log).toContainText(`Ana Ruiz ${stamp}’s certificate for “${modules[0].title}” (${code}) was revoked: Completed under another person’s account`)
  await expect(log).toContainText(`Ana Ruiz ${stamp} (${email}) was deactivated`)
  await expect(log).toContainText(`The cohort “${cohortName}” was renamed “Renamed ${stamp}”`)
  await expect(log).toContainText('to Jan 12, 2027')

  // axe on every page changed, at both widths and in both languages; the people table at 390 px is checked by eye.
  const demoLearner = (await manager.call('GET', '/api/users?where[email][equals]=learner@peerpath.example&depth=0')).body.docs[0].id as number
  const pages = ['/manage', '/manage/people', '/manage/cohorts', '/manage/audit', `/manage/learners/${demoLearner}`]
  for (const language of ['en', 'es'] as const) {
    if (language === 'es') await page.getByRole('button', { name: 'Cambiar a español' }).click()
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 720 })
      for (const url of pages) {
        await page.goto(url)
        await expectAccessible(page)
        expect(await sidewaysOverflow(page), `${url} ${language} ${width}`).toBe(0)
      }
    }
    await page.goto('/manage/people')
    await screenshot(page, `manage-people-cards-${language}-390`)
    await page.goto('/manage/audit')
    await screenshot(page, `manage-audit-${language}-390`)
  }
  // The log names the person in the sentence of the language the page is in now.
  const who = `Ana Ruiz ${stamp} \\(${email.replace(/[.]/g, '\\.')}\\)`
  await expect(page.locator('main')).toContainText(new RegExp(`Se desactivó a ${who}|${who} was deactivated`))
  await page.getByRole('button', { name: 'Switch to English' }).click()
})
