import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ANCHOR_ORG_NAME, SCALE_PASSWORD, learnerEmail, managerEmail } from '../../bench/scale/markers'
import { countScaleRows } from '../../bench/scale/seedScale'
import { api } from '../helpers/api'
import { runScript, SCRIPT_TIMEOUT_MS } from '../helpers/cli'
import { tableCounts } from '../helpers/tableCounts'

const SCRIPT = 'bench/seedScale.ts'
const LEARNERS = 600
const LESSONS_PER_LEARNER = 30
const SMALL = ['--orgs', '2', '--learners', String(LEARNERS), '--lessons-per-learner', String(LESSONS_PER_LEARNER)]

// Each test runs the script, which waits up to SCRIPT_TIMEOUT_MS: the test may too (a loaded CI machine takes a minute).
describe('npm run seed:scale', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  const databaseUrl = process.env.DATABASE_URL!
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  const one = async <T extends object>(sql: string, params: unknown[] = []) => (await pool.query<T>(sql, params)).rows[0]
  let before: Record<string, number>
  // The REST handlers start Payload with its jobs cron, which queues scheduled reminders whenever it ticks.
  const countsOutsideJobs = async () =>
    Object.fromEntries(Object.entries(await tableCounts()).filter(([table]) => !table.startsWith('payload_jobs')))

  beforeAll(async () => {
    before = await countsOutsideJobs()
  })

  afterAll(async () => {
    // Other files share this database: leave it exactly as it was, even when a test above failed.
    if (Object.values(await countScaleRows(pool)).some((n) => n > 0)) runScript(SCRIPT, ['--remove'], databaseUrl)
    await pool.end()
  })

  const seedCounts = async () => ({
    learners: (await one<{ n: number }>(`select count(*)::int as n from users where email like '%@scale.peerpath.example' and role = 'learner'`)).n,
    anchorLearners: (
      await one<{ n: number }>(
        `select count(*)::int as n from users u join organizations o on o.id = u.organization_id where o.name = $1 and u.role = 'learner'`,
        [ANCHOR_ORG_NAME],
      )
    ).n,
    progress: (await one<{ n: number }>(`select count(*)::int as n from progress p join users u on u.id = p.user_id where u.email like '%@scale.peerpath.example'`)).n,
  })

  it('seeds learners over the organizations, one of exactly 500, with lessons-per-learner progress rows each', async () => {
    const run = runScript(SCRIPT, SMALL, databaseUrl)
    expect(run.stderr).not.toMatch(/failed/)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/seed:scale summary/)

    expect(await seedCounts()).toEqual({ learners: LEARNERS, anchorLearners: 500, progress: LEARNERS * LESSONS_PER_LEARNER })
    const duplicates = await one<{ n: number }>(
      `select count(*)::int as n from (select 1 from progress group by user_id, lesson_id having count(*) > 1) d`,
    )
    expect(duplicates.n).toBe(0)
    const counts = await countScaleRows(pool)
    expect(counts).toMatchObject({ organizations: 2, managers: 2, modules: 2, lessons: 10, quizzes: 2 })
    expect(counts.cohorts).toBeGreaterThanOrEqual(2)
    expect(counts.assignments).toBe(counts.cohorts)
    expect(counts.quiz_attempts).toBeGreaterThan(0)
    expect(counts.certificates).toBeGreaterThan(0)
  })

  it('keeps the learning records consistent: attempts within the limit, certificates only for complete modules', async () => {
    const overLimit = await one<{ n: number }>(
      // A manager's grant (attempt-grants, made by other test files) raises a learner's limit by one each.
      `select count(*)::int as n from quiz_attempts a join quizzes q on q.id = a.quiz_id
        where a.attempt_number > q.max_attempts + (select count(*) from attempt_grants g where g.learner_id = a.user_id and g.quiz_id = a.quiz_id)`,
    )
    expect(overLimit.n).toBe(0)
    const unearned = await one<{ n: number }>(
      `select count(*)::int as n from certificates c join users u on u.id = c.user_id
       where u.email like '%@scale.peerpath.example'
         and (select count(*) from lessons l where l.module_id = c.module_id and l._status = 'published')
           > (select count(*) from progress p where p.user_id = c.user_id and p.module_id = c.module_id and p.status = 'completed')`,
    )
    expect(unearned.n).toBe(0)
  })

  it('lets bulk learners and managers sign in with the scale password', async () => {
    for (const email of [learnerEmail(2, 7), managerEmail(1), managerEmail(2)]) {
      const response = await api('POST', '/users/login', { body: { email, password: SCALE_PASSWORD } })
      expect(response.status, email).toBe(200)
      expect(response.body.token).toBeTruthy()
    }
  })

  it('refuses to run again over existing scale data (exit 2) and leaves it untouched', async () => {
    const run = runScript(SCRIPT, SMALL, databaseUrl)
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/already exists.*--reset/)
    expect((await seedCounts()).learners).toBe(LEARNERS)
  })

  it('replaces the data with --reset, with the same counts', async () => {
    const run = runScript(SCRIPT, [...SMALL, '--reset'], databaseUrl)
    expect(run.status).toBe(0)
    expect(await seedCounts()).toEqual({ learners: LEARNERS, anchorLearners: 500, progress: LEARNERS * LESSONS_PER_LEARNER })
  })

  it('deletes every scale row with --remove and leaves every table as it found it', async () => {
    const run = runScript(SCRIPT, ['--remove'], databaseUrl)
    expect(run.status).toBe(0)
    expect(Object.values(await countScaleRows(pool)).every((n) => n === 0)).toBe(true)
    expect(await countsOutsideJobs()).toEqual(before)
  })
})
