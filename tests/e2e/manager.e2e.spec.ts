import type { Page } from '@playwright/test'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parseCsv } from '@/lib/csv/parse'
import { expect, test } from './fixtures'
import { expectAccessible, screenshot, signIn } from './helpers'

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
  await page.goto('/manage/audit')
  await expect(page.locator('main')).toContainText('report.exported')
  await expect(page.locator('main')).toContainText(`${newcomer} accepted the invitation`)
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
