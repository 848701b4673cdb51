import { csvStream } from '@/lib/csv/write'
import { jsonError } from '@/http/json'
import { recordAudit } from '@/lib/org/audit'
import { cachedDashboard } from '@/cache/dashboard'
import { filterLearners, parseFilters } from '@/lib/org/filters'
import { progressCsvHeader, progressCsvRows } from '@/lib/reports/progressCsv'
import { managerFromRequest } from '@/app/(site)/_server/routeAuth'

/** GET /manage/export/csv?filters — the dashboard view as CSV, streamed, UTF-8 with BOM. */
export async function GET(request: Request) {
  const manager = await managerFromRequest(request)
  if (!manager.ok) return manager.response
  const filters = parseFilters(new URL(request.url).searchParams)
  if (!filters.success) return jsonError(400, 'Invalid filters.', filters.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })))
  const { payload, user, organizationId, locale } = manager
  const dashboard = await cachedDashboard(payload, organizationId, locale)
  const rows = filterLearners(dashboard.learners, filters.data)
  await recordAudit(payload, { action: 'report.exported', organization: organizationId, actor: user.id, summary: `Progress CSV exported (${rows.length} people)`, details: { format: 'csv', filters: filters.data } })
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(csvStream(progressCsvHeader(locale), progressCsvRows(rows, locale)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="peerpath-progress-${stamp}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
