/**
 * `npm run seed:scale -- --orgs 50 --learners 10000 [--lessons-per-learner 100] [--reset | --remove]`
 * Benchmark-sized data (organizations, managers, cohorts, learners, assignments,
 * progress, quiz attempts, certificates), all recognisable as such and
 * removable with --remove. For benchmarks only: never run it on production.
 * Everyone signs in with the password `peerpath-scale`.
 */
import { seed } from '../seed'
import { applyMigrationsIfNeeded } from '@/db/migrate'
import { runWithPayload } from '@/db/runWithPayload'
import { pgPool } from '@/lib/db'
import { readToolkit } from './scale/curriculum'
import { SCALE_USAGE, parseScaleArgs } from './scale/options'
import { seedScale } from './scale/seedScale'

const EXIT_USAGE = 2
const EXIT_FAILED = 1

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]

let command
try {
  command = parseScaleArgs(process.argv.slice(2))
} catch (error) {
  console.error(`seed:scale: ${oneLine(error)}\n${SCALE_USAGE}`)
  process.exit(EXIT_USAGE)
}
const scaleCommand = command

await runWithPayload(
  async (payload, db) => {
    try {
      // A fresh embedded database (e.g. a throwaway PEERPATH_DATA_DIR) gets the schema and curriculum first.
      await applyMigrationsIfNeeded(payload)
      if (!(await readToolkit(pgPool(payload)))) await seed(payload, { demo: db.embedded })
      return await seedScale(payload, scaleCommand, (message) => console.log(message))
    } catch (error) {
      console.error(`seed:scale failed: ${oneLine(error)}${scaleCommand.remove ? '' : ' (partial data is removed by running again with --reset)'}`)
      return EXIT_FAILED
    }
  },
  { log: (message) => console.log(message) },
)
