/** `npm run content:export [-- FILE]`: the published curriculum as a JSON bundle (default: stdout). */
import { writeFileSync } from 'node:fs'

import { resolveDatabase } from '../src/db/resolveDatabase'

const file = process.argv[2]
const db = await resolveDatabase((message) => console.error(message))
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { exportBundle } = await import('../src/lib/content/exportBundle')
const payload = await getPayload({ config })
let exitCode = 0
try {
  const json = JSON.stringify(await exportBundle(payload), null, 2)
  if (file) {
    writeFileSync(file, json)
    console.error(`exported the curriculum to ${file}`)
  } else {
    process.stdout.write(json + '\n')
  }
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await db.stop()
}
process.exit(exitCode)
