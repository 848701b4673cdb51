/**
 * `npm test`: installs what the tests need (Chromium), then runs the
 * integration suite (vitest, real Postgres) and the browser suite
 * (Playwright, production build, real server), and prints one summary line.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const results = path.join(root, 'test-results')
mkdirSync(results, { recursive: true })

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

const ensureChromium = () => {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (existsSync(chromium)) return
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${chromium}: install Debian's chromium package or set CHROMIUM_PATH.`)
    process.exit(1)
  }
  console.log("Installing Debian's Chromium for the browser tests…")
  const env = { DEBIAN_FRONTEND: 'noninteractive' }
  if (run('apt-get', ['update', '-qq'], env) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], env) !== 0) {
    console.error('Installing Chromium failed.')
    process.exit(1)
  }
}

const readJson = (file: string): Record<string, unknown> | null => {
  try {
    return JSON.parse(readFileSync(path.join(results, file), 'utf8'))
  } catch {
    return null
  }
}

ensureChromium()

const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'])
const playwrightStatus = run('npx', ['playwright', 'test'])

const vitest = readJson('vitest.json') as { numPassedTests?: number; numFailedTests?: number } | null
const playwright = readJson('playwright.json') as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0)
const failed =
  (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0)
const crashed = (vitestStatus !== 0 || playwrightStatus !== 0) && failed === 0 ? 1 : 0

console.log(`\nintegration: ${vitest?.numPassedTests ?? 0} passed, browser: ${playwright?.stats?.expected ?? 0} passed`)
console.log(`tests: ${passed} passed, ${failed + crashed} failed`)
process.exit(vitestStatus !== 0 || playwrightStatus !== 0 ? 1 : 0)
