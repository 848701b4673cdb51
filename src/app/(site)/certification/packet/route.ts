import config from '@payload-config'
import { getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'
import { z } from 'zod'

import type { AppLocale } from '@/lib/locales'

import { userFromHeaders } from '@/app/(site)/_server/identify'
import { jsonError } from '@/http/json'
import { requestLocale } from '@/i18n/locale'
import { renderPacketPdf } from '../renderPacketPdf'

const Query = z.object({ credential: z.coerce.number().int().positive() })

/**
 * Not found, for a credential the learner has not chosen, someone else's
 * record, or a malformed id alike: a short page in their language that leads
 * back to "My certification", never JSON a browser would show raw.
 */
const notFound = async (locale: AppLocale) => {
  const t = await getTranslations({ locale, namespace: 'certification' })
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('packetMissing')}</title></head><body><main><h1>${t('packetMissing')}</h1><p>${t('packetMissingHint')}</p><p><a href="/certification">${t('backToCertification')}</a></p></main></body></html>`
  return new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } })
}

/** GET /certification/packet?credential=ID — the signed-in learner's application packet for a credential they chose. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  if (!user) {
    return (request.headers.get('accept') ?? '').includes('text/html')
      ? new Response(null, { status: 303, headers: { location: '/login' } })
      : jsonError(401, 'Sign in to download your application packet.')
  }
  const locale = requestLocale(request)
  const query = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!query.success) return notFound(locale)
  const bytes = await renderPacketPdf({ payload, learnerId: user.id, credentialId: query.data.credential, locale, reader: user })
  if (!bytes) return notFound(locale)
  const t = await getTranslations({ locale, namespace: 'packet' })
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${t('filename')}-${query.data.credential}-${new Date().toISOString().slice(0, 10)}.pdf"`,
      'cache-control': 'private, no-store',
    },
  })
}
