import { expect, it } from 'vitest'

/**
 * Deliberately failing: `.ci/run` runs this through the integration suite's
 * own runner and setup (embedded Postgres and all) and fails CI unless the run
 * exits non-zero. It is never part of `npm test`.
 */
it('fails on purpose, to prove a failing test fails the run', () => {
  expect(1 + 1).toBe(3)
})
