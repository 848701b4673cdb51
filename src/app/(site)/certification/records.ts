import type { Payload } from 'payload'

import { z } from 'zod'

import type { AppLocale } from '@/lib/locales'
import type { ExperienceLog, ExternalTraining, SupervisionSession, TrainingCertificate, User } from '@/payload-types'

import { isoDay, utcDay, weekStart } from '@/lib/credentials/dates'
import { relationId } from '@/lib/relationId'
import { sniffFileType } from '@/lib/uploads/sniff'

/**
 * A learner's own certification records, written and read as that learner
 * (overrideAccess: false), so the collections' access rules and hooks decide
 * exactly as they do for REST. The server actions beside the page are thin
 * wrappers around these, which the integration tests call directly.
 */

/** Outcome of a form: a message key under `certification.messages`, and the fields to mark invalid. */
export type RecordState = { error?: string; done?: string; fieldErrors?: string[] }

/** Certificates are small scans or photos; the request carrying one stays under the site's 5 MB action limit. */
export const CERTIFICATE_MAX_BYTES = 4 * 1024 * 1024
const CERTIFICATE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp'])

const text = (max: number) => z.string().trim().min(1).max(max)
/** A calendar day, not after today (UTC, with a day's grace for time zones ahead). */
const pastDay = z.iso.date().refine((value) => utcDay(value).getTime() <= Date.now() + 24 * 60 * 60 * 1000)
const hours = (max: number) => z.coerce.number().min(0.25).max(max).multipleOf(0.25)

const ExternalTrainingForm = z.object({
  credential: z.coerce.number().int().positive(),
  domain: text(60),
  provider: text(200),
  title: text(300),
  date: pastDay,
  hours: hours(500),
})

const ExperienceForm = z.object({
  date: pastDay,
  hours: hours(24),
  setting: text(200),
  kind: z.enum(['paid', 'volunteer']),
  withSimilarPeers: z.enum(['yes', 'no']),
})

const Acknowledgement = z.object({ session: z.coerce.number().int().positive() })

const invalid = (error: z.ZodError): RecordState => ({ error: 'invalid', fieldErrors: [...new Set(error.issues.map((issue) => String(issue.path[0])))] })

const fieldsOf = (form: FormData, names: string[]) => Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]))

/** Payload's validation errors name the fields; anything else (a refusal, a lost connection) is a generic failure. */
const refused = (error: unknown): RecordState => {
  const status = (error as { status?: number }).status
  const paths = (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.map((entry) => entry.path).filter((path): path is string => Boolean(path))
  if (status === 400 && paths?.length) return { error: 'invalid', fieldErrors: paths }
  return { error: 'failed' }
}

/**
 * Records training the learner took elsewhere, for a credential they chose,
 * with an optional certificate file. The file's type is judged by its bytes
 * (file-type, through lib/uploads/sniff) and its size before anything is
 * written; if the record itself is refused, the uploaded file is removed, so a
 * refused form leaves nothing behind.
 */
export const recordExternalTraining = async (payload: Payload, user: User, form: FormData): Promise<RecordState> => {
  const parsed = ExternalTrainingForm.safeParse(fieldsOf(form, ['credential', 'domain', 'provider', 'title', 'date', 'hours']))
  if (!parsed.success) return invalid(parsed.error)
  const as = { overrideAccess: false, user } as const
  const chosen = await payload.count({ collection: 'held-credentials', ...as, where: { and: [{ learner: { equals: user.id } }, { credential: { equals: parsed.data.credential } }] } })
  if (chosen.totalDocs === 0) return { error: 'invalid', fieldErrors: ['credential'] }

  const file = form.get('certificate')
  let certificate: TrainingCertificate | null = null
  if (file instanceof File && file.size > 0) {
    if (file.size > CERTIFICATE_MAX_BYTES) return { error: 'certificateTooLarge', fieldErrors: ['certificate'] }
    const bytes = Buffer.from(await file.arrayBuffer())
    const sniffed = await sniffFileType(bytes)
    if (!sniffed || !CERTIFICATE_TYPES.has(sniffed.mime)) return { error: 'certificateType', fieldErrors: ['certificate'] }
    const name = /\.[a-z0-9]{2,5}$/i.test(file.name) ? file.name : `certificate.${sniffed.ext}`
    try {
      certificate = await payload.create({ collection: 'training-certificates', ...as, data: {} as never, file: { data: bytes, mimetype: sniffed.mime, name, size: bytes.length } })
    } catch (error) {
      payload.logger.info({ err: error }, 'training certificate refused')
      return { error: 'certificateType', fieldErrors: ['certificate'] }
    }
  }

  try {
    await payload.create({
      collection: 'external-trainings',
      ...as,
      data: { ...parsed.data, certificate: certificate?.id ?? null } as never,
    })
    return { done: 'trainingRecorded' }
  } catch (error) {
    if (certificate) await payload.delete({ collection: 'training-certificates', id: certificate.id, ...as }).catch(() => undefined)
    payload.logger.info({ err: error }, 'external training refused')
    return refused(error)
  }
}

/** Logs a day of paid or volunteer work; it waits for the manager's weekly review. */
export const logExperience = async (payload: Payload, user: User, form: FormData): Promise<RecordState> => {
  const parsed = ExperienceForm.safeParse(fieldsOf(form, ['date', 'hours', 'setting', 'kind', 'withSimilarPeers']))
  if (!parsed.success) return invalid(parsed.error)
  const { date, hours, setting, kind, withSimilarPeers } = parsed.data
  try {
    await payload.create({
      collection: 'experience-logs',
      overrideAccess: false,
      user,
      data: { date, hours, setting, paid: kind === 'paid', withSimilarPeers: withSimilarPeers === 'yes' } as never,
    })
    return { done: 'experienceLogged' }
  } catch (error) {
    payload.logger.info({ err: error }, 'experience entry refused')
    return refused(error)
  }
}

/** The learner acknowledges a supervision entry recorded for them; from then on it never changes. */
export const acknowledgeSupervision = async (payload: Payload, user: User, form: FormData): Promise<RecordState> => {
  const parsed = Acknowledgement.safeParse(fieldsOf(form, ['session']))
  if (!parsed.success) return { error: 'notFound' }
  const session = await payload
    .findByID({ collection: 'supervision-sessions', id: parsed.data.session, depth: 0, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  // A manager can read their team's entries too, but only the learner acknowledges their own.
  if (!session || relationId(session.learner) !== user.id) return { error: 'notFound' }
  if (session.acknowledged) return { error: 'alreadyAcknowledged' }
  try {
    await payload.update({ collection: 'supervision-sessions', id: session.id, data: { acknowledged: true }, overrideAccess: false, user })
    return { done: 'acknowledged' }
  } catch (error) {
    payload.logger.info({ err: error }, 'supervision acknowledgement refused')
    return (error as { status?: number }).status === 409 ? { error: 'alreadyAcknowledged' } : { error: 'failed' }
  }
}

export interface ExperienceWeek {
  /** Monday, YYYY-MM-DD. */
  weekOf: string
  hours: number
  entries: ExperienceLog[]
}

export interface LearnerRecordLists {
  externalTrainings: (ExternalTraining & { certificateName: string | null })[]
  experienceWeeks: ExperienceWeek[]
  supervision: SupervisionSession[]
}

/** The learner's own records as the page lists them: newest first, experience grouped by week. */
export const learnerRecordLists = async (payload: Payload, user: User, locale: AppLocale): Promise<LearnerRecordLists> => {
  const as = { overrideAccess: false, user, locale, fallbackLocale: 'en' as const, limit: 1000, pagination: false as const }
  const mine = { learner: { equals: user.id } }
  const [externals, experience, supervision] = await Promise.all([
    payload.find({ collection: 'external-trainings', ...as, depth: 1, sort: '-date', where: mine, populate: { 'training-certificates': { filename: true } } }),
    payload.find({ collection: 'experience-logs', ...as, depth: 0, sort: '-date', where: mine }),
    payload.find({ collection: 'supervision-sessions', ...as, depth: 0, sort: '-date', where: mine }),
  ])
  const weeks = new Map<string, ExperienceWeek>()
  for (const entry of experience.docs) {
    const weekOf = entry.weekOf ? isoDay(entry.weekOf) : isoDay(weekStart(entry.date))
    const week = weeks.get(weekOf) ?? { weekOf, hours: 0, entries: [] }
    week.hours = Math.round((week.hours + entry.hours) * 100) / 100
    week.entries.push(entry)
    weeks.set(weekOf, week)
  }
  return {
    externalTrainings: externals.docs.map((training) => ({
      ...training,
      certificateName: training.certificate && typeof training.certificate === 'object' ? (training.certificate.filename ?? null) : null,
    })),
    experienceWeeks: [...weeks.values()].sort((a, b) => b.weekOf.localeCompare(a.weekOf)),
    supervision: supervision.docs,
  }
}
