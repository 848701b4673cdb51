import { cookies, headers } from 'next/headers'
import { NextRequest } from 'next/server'

import { type AppLocale, LOCALE_COOKIE, pickLocale } from '@/lib/locales'

export { LOCALE_COOKIE }

/**
 * The reader's language: their choice (the language cookie, set from their
 * profile at sign-in), else the browser's, else English. The one rule, read
 * through Next's own cookie parsing, for pages and for route handlers.
 */
export const resolveLocale = async (): Promise<AppLocale> =>
  pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language') ?? undefined)

/** The same rule for a route handler's request (also when a test calls the handler directly). */
export const requestLocale = (request: Request): AppLocale =>
  pickLocale(new NextRequest(request).cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language') ?? undefined)
