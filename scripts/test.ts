/**
 * `npm test`: installs what the tests need (Chromium), then runs the
 * integration suite (vitest, real Postgres) and the browser suite
 * (Playwright, production build, real server), and prints one summary line.
 *
 * `--gate vitest|playwright` runs the deliberately failing fixture in
 * tests/gate through the same runner instead; `.ci/run` requires that to fail.
 *
 * The exit code is non-zero when a runner exits non-zero, when the counts it
 * reports include a failure, or when a runner reports no result at all: a
 * dependency that forces exit code 0 cannot turn a failing run green.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
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

const readJson = <T>(file: string): T | null => {
  try {
    return JSON.parse(readFileSync(path.join(results, file), 'utf8')) as T
  } catch {
    return null
  }
}

interface Counts {
  passed: number
  failed: number
  /** The runner wrote no report: it crashed before counting. */
  missing: boolean
}

const runVitest = (config?: string): Counts & { status: number } => {
  rmSync(path.join(results, 'vitest.json'), { force: true })
  const status = run('npx', [
    'vitest',
    'run',
    ...(config ? ['--config', config] : []),
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
  ])
  const report = readJson<{
    numPassedTests?: number
    numFailedTests?: number
    testResults?: { status: string; assertionResults?: { status: string }[] }[]
  }>('vitest.json')
  // A file that failed to load or crashed in a hook fails without a failing test in it.
  const crashedFiles = (report?.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length
  return {
    status,
    passed: report?.numPassedTests ?? 0,
    failed: (report?.numFailedTests ?? 0) + crashedFiles,
    missing: report === null,
  }
}

const runPlaywright = (config?: string): Counts & { status: number } => {
  rmSync(path.join(results, 'playwright.json'), { force: true })
  const status = run('npx', ['playwright', 'test', ...(config ? ['--config', config] : [])])
  const report = readJson<{ stats?: { expected?: number; unexpected?: number; flaky?: number }; errors?: unknown[] }>('playwright.json')
  return {
    status,
    passed: report?.stats?.expected ?? 0,
    failed: (report?.stats?.unexpected ?? 0) + (report?.stats?.flaky ?? 0) + (report?.errors?.length ?? 0),
    missing: report === null,
  }
}

const gateIndex = process.argv.indexOf('--gate')
const gate = gateIndex === -1 ? null : process.argv[gateIndex + 1]

ensureChromium()

const runs =
  gate === 'vitest'
    ? [runVitest('tests/gate/vitest.gate.config.ts')]
    : gate === 'playwright'
      ? [runPlaywright('tests/gate/playwright.gate.config.ts')]
      : [runVitest(), runPlaywright()]

const passed = runs.reduce((sum, r) => sum + r.passed, 0)
const failed = runs.reduce((sum, r) => sum + r.failed, 0)
// A runner that exited non-zero, or wrote no report, without counting a failure still failed.
const unexplained = runs.filter((r) => (r.status !== 0 || r.missing) && r.failed === 0).length
const total = failed + unexplained

if (gate) {
  // Worded unlike the summary line below so CI's reader never takes the fixture run for the real one.
  // .ci/run reads "reported N failing" to tell the fixture failing from the runner crashing.
  console.log(`\ngate (${gate}): the runner exited ${runs[0].status} and reported ${failed} failing test(s)`)
} else {
  console.log(`\nintegration: ${runs[0].passed} passed, browser: ${runs[1].passed} passed`)
  console.log(`tests: ${passed} passed, ${total} failed`)
}
process.exit(total > 0 || runs.some((r) => r.status !== 0) ? 1 : 0)
