import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { pgPool } from '@/lib/db'
import { insertActivity } from './activity'
import { createScaleCurriculum, readToolkit } from './curriculum'
import { completeScaleLessonsForSubmitters } from './submitters'
import {
  ANCHOR_ORG_NAME,
  ANCHOR_ORG_NUMBER,
  SCALE_EMAIL_PATTERN,
  SCALE_MODULE_SLUG_PATTERN,
  SCALE_ORG_SLUG_PATTERN,
  SCALE_PASSWORD,
  learnerEmail,
  managerEmail,
} from './markers'
import type { ScaleCommand } from './options'
import { createTemplateManager, insertAssignments, insertCohorts, insertLearners, insertManagers, insertOrganizations } from './people'
import { planScale } from './plan'
import { removeScaleData, scaleDataExists } from './remove'

export const EXIT_SCALE_DATA_EXISTS = 2

type Log = (message: string) => void

/** Runs each phase, remembering how long it took for the summary. */
const stopwatch = (log: Log) => {
  const phases: [string, number][] = []
  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    const seconds = (performance.now() - started) / 1000
    phases.push([label, seconds])
    log(`${label}: ${seconds.toFixed(1)} s`)
    return result
  }
  return { time, phases }
}

/** Rows of benchmark data per table, found through the markers alone. */
export const countScaleRows = async (pool: Pool): Promise<Record<string, number>> => {
  const { rows } = await pool.query<Record<string, number>>(
    `with u as (select id, role from users where email like $1), o as (select id from organizations where slug ~ $2),
          m as (select id from modules where slug ~ $3)
     select (select count(*)::int from o) as organizations,
            (select count(*)::int from u where role = 'manager') as managers,
            (select count(*)::int from u where role = 'learner') as learners,
            (select count(*)::int from cohorts where organization_id in (select id from o)) as cohorts,
            (select count(*)::int from assignments where organization_id in (select id from o)) as assignments,
            (select count(*)::int from m) as modules,
            (select count(*)::int from lessons where module_id in (select id from m)) as lessons,
            (select count(*)::int from quizzes where module_id in (select id from m)) as quizzes,
            (select count(*)::int from progress where user_id in (select id from u)) as progress,
            (select count(*)::int from quiz_attempts where user_id in (select id from u)) as quiz_attempts,
            (select count(*)::int from certificates where user_id in (select id from u)) as certificates`,
    [SCALE_EMAIL_PATTERN, SCALE_ORG_SLUG_PATTERN, SCALE_MODULE_SLUG_PATTERN],
  )
  return rows[0]
}

/**
 * `seed:scale`: benchmark-sized organizations, people and learning records.
 * Bulk rows go in as set-based SQL; the few curriculum documents and one
 * account go through the Local API. Returns the process exit code.
 */
export const seedScale = async (payload: Payload, command: ScaleCommand, log: Log): Promise<number> => {
  const pool = pgPool(payload)
  const { time, phases } = stopwatch(log)
  const started = performance.now()

  const toolkit = await readToolkit(pool)
  if (!toolkit) throw new Error('the curriculum seed is missing (no "peer-support-toolkit" path); run npm run seed first')
  if (await scaleDataExists(pool)) {
    if (!command.reset && !command.remove) {
      console.error('seed:scale: benchmark data already exists; run again with --reset to replace it or --remove to delete it')
      return EXIT_SCALE_DATA_EXISTS
    }
    const deleted = await time('remove previous benchmark data', () => removeScaleData(pool))
    log(`  deleted ${deleted} rows`)
  } else if (command.remove) {
    log('no benchmark data to remove')
  }
  if (command.remove) return 0

  const plan = planScale(command, toolkit.lessons.length)
  const orgIds = await time('organizations', () => insertOrganizations(pool, plan))
  const anchorOrg = orgIds.get(ANCHOR_ORG_NUMBER)!
  const credentials = await time('template manager (Local API)', () => createTemplateManager(payload, pool, anchorOrg))
  await time('managers', () => insertManagers(pool, orgIds, credentials))
  await time('cohorts', () => insertCohorts(pool, plan, orgIds))
  await time('learners', () => insertLearners(pool, plan, orgIds, credentials))
  await time('assignments', () => insertAssignments(pool, orgIds, toolkit.pathId))
  const scaleLessons = await time(`scale curriculum: ${plan.scaleModules} modules (Local API)`, () =>
    createScaleCurriculum(payload, plan.scaleModules, anchorOrg),
  )
  await time('progress, quiz attempts, certificates', () =>
    insertActivity(pool, [...toolkit.lessons, ...scaleLessons], toolkit.modules, plan.lessonsPerLearner, log),
  )
  await time('quiz submitters study the scale lessons', () => completeScaleLessonsForSubmitters(pool, scaleLessons))
  // Fresh statistics, so the benchmark that follows gets the plans a settled database would.
  await time('analyze', () => pool.query('analyze users, cohorts, assignments, progress, quiz_attempts, certificates'))

  const counts = await countScaleRows(pool)
  const total = (performance.now() - started) / 1000
  console.log(`\nseed:scale summary (${total.toFixed(1)} s)`)
  console.log('rows:    ' + Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(', '))
  console.log('seconds: ' + phases.map(([label, seconds]) => `${label} ${seconds.toFixed(1)}`).join(', '))
  const anchor = plan.orgs[0].name === ANCHOR_ORG_NAME ? `${ANCHOR_ORG_NAME}: ` : ''
  console.log(`sign in: ${anchor}${managerEmail(ANCHOR_ORG_NUMBER)}, learners e.g. ${learnerEmail(ANCHOR_ORG_NUMBER, 1)}; password ${SCALE_PASSWORD}`)
  return 0
}
