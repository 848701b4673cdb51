import { recordAudit } from '@/lib/org/audit'
import { cachedDashboard } from '@/cache/dashboard'
import { organizationSummaryPdf } from '@/lib/reports/summaryPdf'
import { timeZoneOr } from '@/lib/org/timeZone'
import { managerFromRequest } from '@/app/(site)/_server/routeAuth'

/** GET /manage/export/pdf — the organization's onboarding summary as a PDF. */
export async function GET(request: Request) {
  const manager = await managerFromRequest(request)
  if (!manager.ok) return manager.response
  const { payload, user, organizationId, locale } = manager
  const [dashboard, organization] = await Promise.all([
    cachedDashboard(payload, organizationId, locale),
    payload.findByID({ collection: 'organizations', id: organizationId, depth: 0, overrideAccess: false, user, select: { name: true, timeZone: true } }),
  ])
  const bytes = await organizationSummaryPdf({ organization: organization.name, dashboard, locale, timeZone: timeZoneOr(organization.timeZone) })
  await recordAudit(payload, { action: 'report.exported', organization: organizationId, actor: user.id, summary: 'Organization summary PDF exported', details: { format: 'pdf' } })
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="peerpath-summary-${new Date().toISOString().slice(0, 10)}.pdf"`,
      'cache-control': 'private, no-store',
    },
  })
}
