import { managerFromRequest } from '@/app/(site)/_server/routeAuth'
import { cachedDashboard } from '@/cache/dashboard'
import { dashboardCredentials } from '@/cache/teamCertification'
import { jsonError } from '@/http/json'
import { csvDelimiterFor, csvStream } from '@/lib/csv/write'
import { recordAudit } from '@/lib/org/audit'
import { filterLearners, parseFilters } from '@/lib/org/filters'
import { certificationCsvHeader, certificationCsvRows } from '@/lib/reports/certificationCsv'

/**
 * GET /manage/export/certification?filters — each learner's certification
 * status per credential, for the dashboard's filters (the standing filter
 * included), as CSV: UTF-8 with BOM, `;` for a Spanish reader and `,` otherwise.
 */
export async function GET(request: Request) {
  const manager = await managerFromRequest(request)
  if (!manager.ok) return manager.response
  const filters = parseFilters(new URL(request.url).searchParams)
  if (!filters.success) return jsonError(400, 'Invalid filters.', filters.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })))
  const { payload, user, organizationId, locale } = manager
  const dashboard = await cachedDashboard(payload, organizationId, locale)
  const { credentialsOf: ofLearner } = await dashboardCredentials(payload, organizationId, locale, dashboard.learners)
  const rows = filterLearners(dashboard.learners, filters.data, (id) => ofLearner(id).map((summary) => summary.standing))
  await recordAudit(payload, {
    action: 'report.exported',
    organization: organizationId,
    actor: user.id,
    summary: `Certification CSV exported (${rows.length} people)`,
    details: { format: 'csv', report: 'certification', count: rows.length, filters: filters.data },
  })
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(csvStream(certificationCsvHeader(locale), certificationCsvRows(rows, ofLearner, locale), csvDelimiterFor(locale)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="peerpath-certification-${stamp}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
