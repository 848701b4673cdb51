import config from '@payload-config'
import { getPayload } from 'payload'

import { PREVIEW_COOKIE, previewCookieOptions } from '@/app/(site)/_server/preview'
import { userFromHeaders } from '@/app/(site)/_server/identify'
import { jsonError } from '@/http/json'
import { isAppError } from '@/lib/errors'
import { isAppLocale, LOCALE_COOKIE } from '@/lib/locales'
import { previewTarget } from './previewTarget'

const STATUS = { unauthenticated: 401, forbidden: 403, invalid: 400, 'not-found': 404 } as const

const cookie = (name: string, value: string, maxAgeSeconds: number) =>
  [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    'SameSite=Lax',
    'HttpOnly',
    ...(previewCookieOptions.secure ? ['Secure'] : []),
  ].join('; ')

/**
 * GET /preview?collection=lessons&id=12[&locale=es] — the admin's Preview button. A trainer or admin is
 * sent to the learner page of that document with preview on (drafts shown, for this browser, until
 * /preview/exit); the page is in the language being edited. Anyone else is refused: signed out, to
 * the sign-in page; a learner or manager, 403.
 */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const query = new URL(request.url).searchParams
  try {
    const path = await previewTarget(payload, user, query)
    const headers = new Headers({ location: path, 'cache-control': 'no-store' })
    headers.append('set-cookie', cookie(PREVIEW_COOKIE, '1', 8 * 60 * 60))
    const locale = query.get('locale')
    if (isAppLocale(locale)) headers.append('set-cookie', cookie(LOCALE_COOKIE, locale, 365 * 24 * 60 * 60))
    return new Response(null, { status: 303, headers })
  } catch (error) {
    if (!isAppError(error) || !(error.code in STATUS)) throw error
    if (error.code === 'unauthenticated' && (request.headers.get('accept') ?? '').includes('text/html')) {
      return new Response(null, { status: 303, headers: { location: '/login' } })
    }
    return jsonError(STATUS[error.code as keyof typeof STATUS], error.message, error.details)
  }
}
