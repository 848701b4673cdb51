import { PREVIEW_COOKIE, previewCookieOptions } from '@/app/(site)/_server/preview'

/** GET /preview/exit — back to the published site: the preview cookie is dropped and the reader goes to My learning. */
export async function GET() {
  const expired = [`${PREVIEW_COOKIE}=`, 'Path=/', 'Max-Age=0', 'SameSite=Lax', 'HttpOnly', ...(previewCookieOptions.secure ? ['Secure'] : [])].join('; ')
  return new Response(null, { status: 303, headers: { location: '/learn', 'set-cookie': expired, 'cache-control': 'no-store' } })
}
