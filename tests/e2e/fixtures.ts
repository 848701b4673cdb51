import { test as base, expect } from '@playwright/test'

/** globalSetup picks the port at run time, so the base URL arrives through the environment. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.PEERPATH_BASE_URL
    if (!url) throw new Error('PEERPATH_BASE_URL is not set; run through `npm run test:e2e`')
    await use(url)
  },
})

export { expect }
