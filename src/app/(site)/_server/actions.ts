'use server'

import config from '@payload-config'
import { logout } from '@payloadcms/next/auth'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { z } from 'zod'

import { LOCALE_COOKIE } from '@/i18n/locale'
import { requestPasswordReset as queuePasswordReset } from '@/lib/auth/passwordReset'
import { isAppLocale } from '@/lib/locales'
import { DEACTIVATED_MESSAGE } from '@/lib/org/deactivated'
import { getSession } from './session'
import { signInAsVisitor } from './signInAs'
import { asVisitor, isTooMany, visitorAddress } from './visitor'

const YEAR = 60 * 60 * 24 * 365

const rememberLocale = async (locale: string) => {
  const secure = (process.env.PUBLIC_URL ?? '').startsWith('https://') || process.env.COOKIE_SECURE === 'true'
  ;(await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: true, secure })
}

const Credentials = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) })

export type FormState = { error?: string; done?: boolean }

/** One answer for every refusal by the limits, whether or not the account exists. */
const TOO_MANY: FormState = { error: 'tooMany' }

export const signIn = async (_state: FormState, form: FormData): Promise<FormState> => {
  const parsed = Credentials.safeParse({ email: form.get('email'), password: form.get('password') })
  if (!parsed.success) return { error: 'failed' }
  let preferredLocale: string | null | undefined
  try {
    const result = await signInAsVisitor(parsed.data.email, parsed.data.password)
    preferredLocale = (result.user as { preferredLocale?: string | null } | undefined)?.preferredLocale
  } catch (error) {
    if (isTooMany(error)) return TOO_MANY
    // Only the account's holder (right password) learns it was deactivated; Users' beforeLogin hook refuses it.
    if ((error as Error | undefined)?.message === DEACTIVATED_MESSAGE) return { error: 'deactivated' }
    // One answer for every other failure (unknown email, wrong password): no account enumeration.
    return { error: 'failed' }
  }
  if (isAppLocale(preferredLocale)) await rememberLocale(preferredLocale)
  redirect('/learn')
}

export const signOut = async () => {
  await logout({ config })
  redirect('/login')
}

/**
 * Persists the language for this browser and, when signed in, on the
 * learner's profile. Next re-renders the current page after the action, so
 * the learner stays where they were.
 */
export const switchLocale = async (form: FormData) => {
  const locale = form.get('locale')
  if (!isAppLocale(locale)) return
  await rememberLocale(locale)
  const { payload, user } = await getSession()
  if (user) {
    await payload.update({ collection: 'users', id: user.id, data: { preferredLocale: locale }, overrideAccess: false, user })
  }
}

export const requestPasswordReset = async (_state: FormState, form: FormData): Promise<FormState> => {
  const email = z.email().max(254).safeParse(form.get('email'))
  if (email.success) {
    const payload = await getPayload({ config })
    // The same path for every email: limits, then a queued job that looks the account up and sends the mail.
    try {
      await queuePasswordReset(payload, { email: email.data, address: await visitorAddress() })
    } catch (error) {
      if (isTooMany(error)) return TOO_MANY
      throw error
    }
  }
  return { done: true }
}

const ResetForm = z.object({ token: z.string().min(10).max(200), password: z.string().min(10).max(200), confirm: z.string() })

export const resetPassword = async (_state: FormState, form: FormData): Promise<FormState> => {
  const parsed = ResetForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { error: parsed.error.issues.some((i) => i.path[0] === 'password') ? 'tooShort' : 'invalid' }
  if (parsed.data.password !== parsed.data.confirm) return { error: 'mismatch' }
  const payload = await getPayload({ config })
  try {
    await payload.resetPassword({
      collection: 'users',
      data: { token: parsed.data.token, password: parsed.data.password },
      overrideAccess: true,
      context: await asVisitor(),
    })
  } catch (error) {
    return isTooMany(error) ? TOO_MANY : { error: 'invalid' }
  }
  redirect('/login?reset=1')
}
