import { NextResponse, type NextRequest } from 'next/server'

import { newNonce, sitePolicy } from '@/http/csp'

/**
 * The learner and manager site's content security policy: a fresh nonce per
 * request, in the request headers (Next reads it there and puts it on its
 * own scripts) and in the response. The admin, the API and static files are
 * left to the default policy set in Express (src/http/security.ts).
 */
export function proxy(request: NextRequest) {
  const policy = sitePolicy(newNonce(), process.env.NODE_ENV === 'development')
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: [{ source: '/((?!admin|api|_next/static|_next/image|favicon.ico).*)' }],
}
