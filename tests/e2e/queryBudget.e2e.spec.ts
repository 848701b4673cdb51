import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { signIn } from './helpers'

/** Page budgets, counted by the server itself (PEERPATH_COUNT_QUERIES) for the real production page. */
const BUDGET = 10
const STEADY_LESSON_BUDGET = 4

const statementsFor = async (page: Page, path: string) => {
  const response = await page.request.get('/__queries')
  const counted = (await response.json()) as { method: string; path: string; status: number; queries: number }[]
  const last = counted.filter((entry) => entry.method === 'GET' && entry.path === path).at(-1)
  if (!last) throw new Error(`no count for ${path}`)
  expect(last.status).toBe(200)
  return last.queries
}

/** A client-side navigation's render of a page (the RSC payload), which costs what the HTML render costs. */
const renderStatements = async (page: Page, path: string) => {
  await page.request.get(path, { headers: { rsc: '1', 'sec-fetch-site': 'same-origin' } })
  return statementsFor(page, path)
}

const LESSON = '/modules/preparing-the-organization/lessons/what-is-peer-support'

test('learner pages stay within their SQL budget', async ({ page }) => {
  await signIn(page, 'learner@peerpath.example')
  for (const path of ['/learn', '/modules/preparing-the-organization', LESSON]) {
    // The second visit is the steady state: published curriculum comes from Next's data cache by then.
    await page.goto(path)
    await page.goto(path)
    const visit = await statementsFor(page, path)
    expect(visit, path).toBeGreaterThan(0)
    expect(visit, path).toBeLessThanOrEqual(BUDGET)
    const render = await renderStatements(page, path)
    expect(render, path).toBeGreaterThan(0)
    expect(render, path).toBeLessThanOrEqual(BUDGET)
  }
  // In the steady state a lesson page reads only what is the learner's own:
  // the session and their progress (the curriculum is cached).
  await page.goto(LESSON)
  expect(await statementsFor(page, LESSON)).toBeLessThanOrEqual(STEADY_LESSON_BUDGET)
})

test('the manager dashboard stays within its SQL budget', async ({ page }) => {
  await signIn(page, 'manager@peerpath.example')
  await page.goto('/manage')
  const queries = await renderStatements(page, '/manage')
  // Eight aggregate queries for the dashboard plus the session: no query per learner.
  expect(queries).toBeLessThanOrEqual(BUDGET + 2)
})
