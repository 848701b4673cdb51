/** `npm run lint:language`: person-first check of all published content; exits 1 on any finding. */
import { resolveDatabase } from '../src/db/resolveDatabase'

const db = await resolveDatabase()
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { scanPublishedContent } = await import('../src/lib/language/scanPublished')

const payload = await getPayload({ config })
let exitCode = 0
try {
  const findings = await scanPublishedContent(payload)
  for (const finding of findings) {
    console.log(`${finding.collection}/${finding.slug} [${finding.locale}] ${finding.field}: “${finding.term}” → ${finding.suggestion} (${finding.rule})`)
  }
  console.log(findings.length === 0 ? 'language: no findings in published content' : `language: ${findings.length} finding(s)`)
  exitCode = findings.length === 0 ? 0 : 1
} catch (error) {
  console.error(error)
  exitCode = 2
} finally {
  await db.stop()
}
process.exit(exitCode)
