import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { signIn } from './helpers'

/** Page budgets, counted by the server itself (PEERPATH_COUNT_QUERIES) for the real production page. */
const BUDGET = 10

const statementsFor = async (page: Page, path: string) => {
  const response = await page.request.get('/__queries')
  const counted = (await response.json()) as { method: string; path: string; status: number; queries: number }[]
  const last = counted.filter((entry) => entry.method === 'GET' && entry.path === path).at(-1)
  if (!last) throw new Error(`no count for ${path}`)
  expect(last.status).toBe(200)
  return last.queries
}

test('learner pages stay within their SQL budget', async ({ page }) => {
  await signIn(page, 'learner@peerpath.example')
  const pages = ['/learn', '/modules/preparing-the-organization', '/modules/preparing-the-organization/lessons/what-is-peer-support']
  for (const path of pages) {
    // The second visit is the steady state: published curriculum comes from the cache by then.
    await page.goto(path)
    await page.goto(path)
    const queries = await statementsFor(page, path)
    expect(queries, path).toBeGreaterThan(0)
    expect(queries, path).toBeLessThanOrEqual(BUDGET)
  }
})

test('the manager dashboard stays within its SQL budget', async ({ page }) => {
  await signIn(page, 'manager@peerpath.example')
  await page.goto('/manage')
  const queries = await statementsFor(page, '/manage')
  // Eight aggregate queries for the dashboard plus the session: no query per learner.
  expect(queries).toBeLessThanOrEqual(BUDGET + 2)
})
