/** `npm run content:export [-- FILE]`: the published curriculum as a JSON bundle (default: stdout). */
import { writeFileSync } from 'node:fs'

import { runWithPayload } from '@/db/runWithPayload'
import { exportBundle } from '@/lib/content/exportBundle'

const file = process.argv[2]

await runWithPayload(async (payload) => {
  const json = JSON.stringify(await exportBundle(payload), null, 2)
  if (file) {
    writeFileSync(file, json)
    console.error(`exported the curriculum to ${file}`)
  } else {
    process.stdout.write(json + '\n')
  }
  return 0
})
