import config from '@payload-config'
import { cookies } from 'next/headers'
import { generatePayloadCookie, getPayload } from 'payload'

import { asVisitor } from './visitor'

/**
 * Payload's login for the site's forms, as @payloadcms/next/auth's `login`
 * does it, but as the visitor's attempt: the Local API call carries the
 * visitor's address, so the sign-in limits count it with REST and GraphQL.
 */
export const signInAsVisitor = async (email: string, password: string) => {
  const payload = await getPayload({ config })
  const result = await payload.login({ collection: 'users', data: { email, password }, context: await asVisitor() })
  const authConfig = payload.collections.users.config.auth
  const cookie = generatePayloadCookie({
    collectionAuthConfig: authConfig,
    cookiePrefix: payload.config.cookiePrefix,
    returnCookieAsObject: true,
    token: result.token!,
  })
  if (cookie.value) {
    ;(await cookies()).set(cookie.name, cookie.value, {
      domain: authConfig.cookies.domain,
      expires: cookie.expires ? new Date(cookie.expires) : undefined,
      httpOnly: true,
      sameSite: typeof authConfig.cookies.sameSite === 'string' ? (authConfig.cookies.sameSite.toLowerCase() as 'lax' | 'strict' | 'none') : 'lax',
      secure: authConfig.cookies.secure || false,
    })
  }
  return result
}
