import type { AuditEvent } from '@/payload-types'

type Translate = {
  (key: string, values?: Record<string, string | number | Date>): string
  has: (key: string) => boolean
}

type Details = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
const id = (value: unknown) => (typeof value === 'number' ? value : null)

/**
 * One audit entry as a sentence in the reader's language, with names, not
 * ids ("Ana Ruiz was assigned “Preparing the Organization”, due 12 Jan 2027").
 * Entries written before names were kept in `details` fall back to their stored summary.
 */
export const describeAuditEvent = (
  event: Pick<AuditEvent, 'action' | 'summary' | 'details'>,
  t: Translate,
  formatDate: (iso: string) => string,
  titles: Map<string, string>,
): string => {
  const details = (event.details ?? {}) as Details
  const title = (kind: 'module' | 'path') => (id(details[kind]) !== null ? titles.get(`${kind}:${details[kind]}`) : undefined) ?? text(details.title)
  const name = text(details.userName)
  const email = text(details.email)
  const person = name && email ? t('audit.person', { name, email }) : (name ?? email)
  const key = `audit.events.${event.action}`
  const sentence = (values: Record<string, string | number | null | undefined>) => {
    if (Object.values(values).some((value) => value === null || value === undefined) || !t.has(key)) return event.summary
    return t(key, values as Record<string, string | number>)
  }

  switch (event.action) {
    case 'invitation.sent':
    case 'invitation.accepted':
    case 'invitation.revoked':
    case 'user.deactivated':
    case 'user.reactivated':
      return sentence({ person })
    case 'user.organization-changed':
      return details.left ? (person ? t('audit.events.user.left', { person }) : event.summary) : sentence({ person })
    case 'user.role-changed':
      return sentence({ person, before: t.has(`members.roles.${details.before}`) ? t(`members.roles.${details.before}`) : String(details.before ?? '—'), after: t.has(`members.roles.${details.after}`) ? t(`members.roles.${details.after}`) : String(details.after ?? '—') })
    case 'user.cohort-changed':
      return sentence({ person, before: text(details.beforeName) ?? t('audit.noCohort'), after: text(details.afterName) ?? t('audit.noCohort') })
    case 'cohort.created':
    case 'cohort.deleted':
      return sentence({ name: text(details.name) })
    case 'cohort.renamed':
      return sentence({ from: text(details.from), to: text(details.to) })
    case 'assignment.created':
    case 'assignment.updated':
    case 'assignment.deleted': {
      const who = name ?? (text(details.cohortName) ? t('audit.cohortWho', { name: text(details.cohortName)! }) : null)
      const what = details.module != null ? title('module') : title('path')
      const due = text(details.dueDate) ? formatDate(text(details.dueDate)!) : null
      const before = text(details.previousDueDate) ? formatDate(text(details.previousDueDate)!) : null
      return event.action === 'assignment.updated' ? sentence({ who, what, due, before }) : sentence({ who, what, due })
    }
    case 'certificate.revoked':
      return sentence({ name, what: title('module'), code: text(details.code), reason: text(details.reason) ?? '—' })
    case 'certificate.restored':
      return sentence({ name, what: title('module'), code: text(details.code) })
    case 'quiz.attempt-granted':
      return sentence({ name, what: title('module') })
    case 'report.exported':
      return sentence({ format: text(details.format), count: typeof details.count === 'number' ? details.count : 0 })
    case 'readiness.completed':
      return sentence({ overall: typeof details.overall === 'number' ? details.overall : null })
    case 'credential.chosen':
      return sentence({ person, credential: text(details.credentialName) })
    default:
      return event.summary
  }
}

/** The module and path ids an entry names, so their titles can be read once for the page in the reader's language. */
export const titleRefs = (events: Pick<AuditEvent, 'details'>[]) => {
  const modules = new Set<number>()
  const paths = new Set<number>()
  for (const event of events) {
    const details = (event.details ?? {}) as Details
    if (id(details.module) !== null) modules.add(details.module as number)
    if (id(details.path) !== null) paths.add(details.path as number)
  }
  return { modules: [...modules], paths: [...paths] }
}
