/** `npm run lint:language`: person-first check of all published content; exits 1 on any finding. */
import { runWithPayload } from '@/db/runWithPayload'
import { scanPublishedContent } from '@/lib/language/scanPublished'

await runWithPayload(
  async (payload) => {
    const findings = await scanPublishedContent(payload)
    for (const finding of findings) {
      console.log(`${finding.collection}/${finding.slug} [${finding.locale}] ${finding.field}: “${finding.term}” → ${finding.suggestion} (${finding.rule})`)
    }
    console.log(findings.length === 0 ? 'language: no findings in published content' : `language: ${findings.length} finding(s)`)
    return findings.length === 0 ? 0 : 1
  },
  { crashCode: 2 },
)
