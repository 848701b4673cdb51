import { csvDelimiterFor, csvStream } from '@/lib/csv/write'
import { jsonError } from '@/http/json'
import { recordAudit } from '@/lib/org/audit'
import { cachedDashboard } from '@/cache/dashboard'
import { dashboardCredentials } from '@/cache/teamCertification'
import { filterLearners, parseFilters } from '@/lib/org/filters'
import { organizationTimeZone } from '@/lib/org/managerControls'
import { progressCsvHeader, progressCsvRows } from '@/lib/reports/progressCsv'
import { managerFromRequest } from '@/app/(site)/_server/routeAuth'

/**
 * GET /manage/export/csv?filters — the dashboard view as CSV, streamed, UTF-8
 * with BOM, separated by `;` for a Spanish reader (their spreadsheets expect it) and `,` otherwise.
 */
export async function GET(request: Request) {
  const manager = await managerFromRequest(request)
  if (!manager.ok) return manager.response
  const filters = parseFilters(new URL(request.url).searchParams)
  if (!filters.success) return jsonError(400, 'Invalid filters.', filters.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })))
  const { payload, user, organizationId, locale } = manager
  const [dashboard, timeZone] = await Promise.all([cachedDashboard(payload, organizationId, locale), organizationTimeZone(payload, organizationId)])
  // The certification standings are read only when the view is filtered by them.
  const standingsOf = filters.data.standing ? (await dashboardCredentials(payload, organizationId, locale, dashboard.learners)).credentialsOf : undefined
  const rows = filterLearners(dashboard.learners, filters.data, standingsOf && ((id) => standingsOf(id).map((summary) => summary.standing)))
  await recordAudit(payload, { action: 'report.exported', organization: organizationId, actor: user.id, summary: `Progress CSV exported (${rows.length} people)`, details: { format: 'csv', count: rows.length, filters: filters.data } })
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(csvStream(progressCsvHeader(locale), progressCsvRows(rows, locale, timeZone), csvDelimiterFor(locale)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="peerpath-progress-${stamp}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
