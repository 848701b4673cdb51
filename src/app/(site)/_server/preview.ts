import { cookies } from 'next/headers'

import type { User } from '@/payload-types'

import { isContentEditorUser } from '@/access/roles'

/**
 * A trainer's preview of drafts: a cookie that only the /preview route sets,
 * and only for a user who may edit curriculum. It is a preference, not a
 * permission: every read checks the user again (./learning.ts), so a learner
 * holding the cookie still reads the published, cached pages. Not Next's
 * draftMode, whose cookie is always Secure and SameSite=None outside
 * development, which breaks on the plain-http servers PeerPath supports.
 */
export const PREVIEW_COOKIE = 'peerpath-preview'

export const previewCookieOptions = {
  httpOnly: true,
  sameSite: 'lax' as const,
  path: '/',
  secure: (process.env.PUBLIC_URL ?? '').startsWith('https://') || process.env.COOKIE_SECURE === 'true',
}

/** True when this request shows drafts: the preview cookie is set and the signed-in user may edit curriculum. */
export const previewing = async (user: User | null | undefined): Promise<boolean> =>
  isContentEditorUser(user) && (await cookies()).get(PREVIEW_COOKIE)?.value === '1'
