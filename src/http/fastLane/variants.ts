import type { Request } from 'express'

import type { PageVariant } from './pageLane'

import { canManage, organizationOf } from '../../access/roles'
import { pgPool } from '../../lib/db'
import { cookieValue } from '../../lib/http/cookies'
import { LOCALE_COOKIE, pickLocale } from '../../lib/locales'

const localeOf = (req: Request) => pickLocale(cookieValue(req.headers.cookie, LOCALE_COOKIE), req.headers['accept-language'])

/**
 * A lesson page shows the published lesson in the reader's language, the
 * links their role and organization give them, and whether they have
 * completed this lesson; nothing else about them.
 */
export const lessonPageVariant: PageVariant = async (payload, user, req) => {
  if (req.originalUrl.includes('?')) return null
  const { slug, lesson } = req.params as { slug: string; lesson: string }
  const { rows } = await pgPool(payload).query<{ completed: boolean }>(
    `select exists (
       select 1 from progress p join lessons l on l.id = p.lesson_id join modules m on m.id = l.module_id
        where p.user_id = $1 and m.slug = $2 and l.slug = $3 and p.status = 'completed') as completed`,
    [user.id, slug, lesson],
  )
  return [slug, lesson, localeOf(req), organizationOf(user) ?? 'none', user.role, rows[0].completed ? 'done' : 'open'].join('|')
}

/**
 * The dashboard is one manager's view of their organization: kept per
 * manager, role, language and URL (filters, sort, page), and dropped with
 * the organization's dashboard data.
 */
export const dashboardPageVariant: PageVariant = async (_payload, user, req) => {
  const organization = organizationOf(user)
  if (organization === null || !canManage(user)) return null
  return [organization, user.id, user.role, localeOf(req), req.originalUrl].join('|')
}
