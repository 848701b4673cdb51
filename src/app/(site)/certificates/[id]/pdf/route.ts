import config from '@payload-config'
import { getPayload } from 'payload'

import type { Certificate, Module } from '@/payload-types'

import { userFromHeaders } from '@/app/(site)/_server/identify'
import { isExpired } from '@/lib/certificates/lookup'
import { certificatePdf } from '@/lib/certificates/pdf'
import { jsonError } from '@/http/json'
import { requestLocale } from '@/i18n/locale'
import { siteUrl } from '@/lib/siteUrl'

/**
 * A browser that cannot have the PDF (signed out, someone else's certificate, no such id) is sent to
 * the certificate's page, which signs them in or says "not found" in their language with the
 * site around it; API clients keep the JSON error.
 */
const refuse = (request: Request, id: string, status: 401 | 404) =>
  (request.headers.get('accept') ?? '').includes('text/html')
    ? new Response(null, { status: 303, headers: { location: `/certificates/${encodeURIComponent(id)}` } })
    : jsonError(status, status === 401 ? 'Sign in to download your certificate.' : 'Certificate not found.')

/** GET /certificates/:id/pdf — the learner's own certificate as a PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!/^\d+$/.test(id)) return refuse(request, id, 404)
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  if (!user) return refuse(request, id, 401)
  const locale = requestLocale(request)
  const certificate = (await payload
    .findByID({ collection: 'certificates', id: Number(id), depth: 1, locale, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)) as Certificate | null
  if (!certificate) return refuse(request, id, 404)

  const bytes = await certificatePdf({
    learnerName: certificate.learnerName,
    moduleTitle: (certificate.module as Module).title,
    issuedAt: new Date(certificate.issuedAt),
    expiresAt: certificate.expiresAt ? new Date(certificate.expiresAt) : null,
    expired: isExpired(certificate),
    code: certificate.code,
    totalLearningSeconds: certificate.totalLearningSeconds ?? 0,
    verifyUrl: `${siteUrl()}/verify/${certificate.code}`,
    locale,
  })
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="peerpath-certificate-${certificate.code}.pdf"`,
      'cache-control': 'private, no-store',
    },
  })
}
