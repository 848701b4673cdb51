import path from 'node:path'

import { defineConfig } from '@playwright/test'

import base from '../../playwright.config'

const root = path.resolve(import.meta.dirname, '../..')

/** The browser suite's runner and browser, pointed at the failing fixture only (it needs no PeerPath server to prove the exit code). */
export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: '*.gate.e2e.ts',
  globalSetup: undefined,
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results/playwright.json') }]],
  outputDir: path.join(root, 'test-results/gate-artifacts'),
})
