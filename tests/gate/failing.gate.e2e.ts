import { expect, test } from '@playwright/test'

/** Deliberately failing browser test: see failing.gate.spec.ts. */
test('fails on purpose, to prove a failing browser test fails the run', async ({ page }) => {
  await page.setContent('<h1>PeerPath gate</h1>')
  await expect(page.getByRole('heading')).toHaveText('this text is not on the page', { timeout: 1_000 })
})
