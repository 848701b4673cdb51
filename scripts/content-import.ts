/** `npm run content:import FILE`: validates a bundle, then loads it in one transaction. */
import { readFileSync } from 'node:fs'

import { runWithPayload } from '@/db/runWithPayload'
import { parseBundle } from '@/lib/content/bundle'
import { importBundle } from '@/lib/content/importBundle'
import { describeError } from '@/lib/errors'

const file = process.argv[2]
if (!file) {
  console.error('usage: npm run content:import -- FILE.json')
  process.exit(2)
}
let raw: unknown
try {
  raw = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.error(`content:import: ${file} is not readable JSON (${(error as Error).message})`)
  process.exit(1)
}
const parsed = parseBundle(raw)
if (!parsed.ok) {
  console.error(`content:import: ${file} is not a valid PeerPath bundle; nothing was imported.`)
  for (const problem of parsed.problems.slice(0, 50)) console.error(`  - ${problem}`)
  process.exit(1)
}

await runWithPayload(async (payload) => {
  try {
    const summary = await importBundle(payload, parsed.bundle)
    console.log(`content:import: ${summary.modules} modules, ${summary.lessons} lessons, ${summary.quizzes} quizzes, ${summary.competencies} competencies`)
    return 0
  } catch (error) {
    console.error(`content:import failed; nothing was imported: ${describeError(error)}`)
    return 1
  }
})
