import { createTranslator } from 'next-intl'

import type { AppLocale } from '@/lib/locales'
import type { CertificationProgress } from './readiness'
import type { DateLike } from './types'

import en from '@/i18n/messages/en.json'
import es from '@/i18n/messages/es.json'
import { roundHours } from './hours'

const MESSAGES = { en, es }

/** One block of the packet, top to bottom; the PDF renderer draws each kind its own way. */
export type PacketBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'text'; text: string }
  /** A source or session under the line above it. */
  | { kind: 'item'; text: string }
  /** A labelled line to sign or fill in by hand. */
  | { kind: 'signature'; label: string }

export interface PacketDocument {
  /** The PDF's title metadata. */
  title: string
  locale: AppLocale
  blocks: PacketBlock[]
}

export interface PacketSupervisionSession {
  id: number
  date: DateLike
  durationMinutes: number
  format: 'individual' | 'group'
  mode: 'in-person' | 'remote'
  topics: string[]
  acknowledged: boolean
  corrects: number | null
  supervisorName: string | null
}

export interface PacketHeldCredential {
  name: string
  number: string | null
  issuedAt: DateLike | null
  expiresAt: DateLike | null
}

export interface PacketInput {
  locale: AppLocale
  generatedAt: DateLike
  learner: { name: string; email: string | null }
  organization: string | null
  credential: { name: string; board: string; jurisdiction: string; sourceUrl: string; asOf: DateLike }
  /** Domain (and CE category) keys to the names the credential gives them. */
  domainNames: Record<string, string>
  progress: CertificationProgress
  moduleTitles: Record<number, string>
  /** The site's address, for each certificate's /verify link. */
  siteUrl: string
  supervision: PacketSupervisionSession[]
  held: PacketHeldCredential[]
}

const hours = (value: number) => String(roundHours(value))

/**
 * The application packet for one learner and one credential, as plain blocks
 * of text in the learner's language: who applies, where the rules come from,
 * training by domain with the certificate code (and its /verify address) or
 * the approved external record behind every hour, experience and supervision
 * totals with each session, a block for the supervisor to sign, and the
 * credentials already held. No I/O: the caller reads the records.
 */
export const buildPacket = (input: PacketInput): PacketDocument => {
  const { locale, progress } = input
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'packet' })
  const day = (value: DateLike) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value))
  const name = (key: string) => input.domainNames[key] ?? key
  const topicNames = MESSAGES[locale].packet.topics
  const blocks: PacketBlock[] = []
  const push = (...more: PacketBlock[]) => blocks.push(...more)

  push(
    { kind: 'title', text: t('title') },
    { kind: 'subheading', text: t('credentialLine', { credential: input.credential.name, board: input.credential.board, jurisdiction: input.credential.jurisdiction }) },
    { kind: 'text', text: t('rules', { source: input.credential.sourceUrl, date: day(input.credential.asOf) }) },
    { kind: 'text', text: t('generated', { date: day(input.generatedAt) }) },
    { kind: 'heading', text: t('applicant') },
    { kind: 'text', text: t('learner', { name: input.learner.name }) },
  )
  if (input.learner.email) push({ kind: 'text', text: t('email', { email: input.learner.email }) })
  if (input.organization) push({ kind: 'text', text: t('organization', { name: input.organization }) })
  push({ kind: 'text', text: t('status', { ready: String(progress.readyToApply) }) })

  const { training, experience, supervision } = progress
  if (training.domains.length > 0) {
    push({ kind: 'heading', text: t('training', { counted: hours(training.counted), required: hours(training.required) }) })
    for (const domain of training.domains) {
      push({ kind: 'subheading', text: t('domain', { name: name(domain.key), earned: hours(domain.earned), required: hours(domain.required), met: String(domain.met) }) })
      if (domain.sources.length === 0) push({ kind: 'item', text: t('noTraining') })
      for (const source of domain.sources) {
        push({
          kind: 'item',
          text:
            source.kind === 'module'
              ? t('fromModule', {
                  module: input.moduleTitles[source.moduleId] ?? String(source.moduleId),
                  hours: hours(source.hours),
                  date: day(source.date),
                  code: source.certificateCode,
                  url: `${input.siteUrl}/verify/${source.certificateCode}`,
                })
              : t('fromExternal', { title: source.title, provider: source.provider ?? '', hours: hours(source.hours), date: day(source.date) }),
        })
      }
    }
  }

  if (experience.required > 0 || experience.approved > 0 || experience.pending > 0) {
    push(
      { kind: 'heading', text: t('experience', { approved: hours(experience.approved), required: hours(experience.required) }) },
      { kind: 'text', text: t('experienceSplit', { paid: hours(experience.paid), volunteer: hours(experience.volunteer), pending: hours(experience.pending) }) },
    )
    for (const requirement of experience.requirements) {
      push({ kind: 'text', text: t('condition', { condition: requirement.condition, approved: hours(requirement.approved), required: hours(requirement.required) }) })
    }
  }

  push({ kind: 'heading', text: t('supervision', { hours: hours(supervision.acknowledgedHours), required: hours(supervision.required) }) })
  if (supervision.cadence !== 'none') push({ kind: 'text', text: t('cadence', { cadence: supervision.cadence, gaps: supervision.gaps.length }) })
  if (input.supervision.length === 0) push({ kind: 'item', text: t('noSessions') })
  const standing = new Set(supervision.standing.map((entry) => entry.id))
  const sessionDate = new Map(input.supervision.map((session) => [session.id, session.date]))
  for (const session of [...input.supervision].sort((a, b) => new Date(a.date).getTime() - new Date(b.date).getTime() || a.id - b.id)) {
    const notes = [
      session.topics.length ? t('sessionTopics', { topics: session.topics.map((topic) => topicNames[topic as keyof typeof topicNames] ?? topic).join(', ') }) : null,
      session.supervisorName ? t('sessionSupervisor', { name: session.supervisorName }) : null,
      session.corrects !== null && sessionDate.has(session.corrects) ? t('corrects', { date: day(sessionDate.get(session.corrects)!) }) : null,
      session.acknowledged && !standing.has(session.id) ? t('replaced') : null,
    ].filter((note): note is string => note !== null)
    const line = t('session', { date: day(session.date), minutes: session.durationMinutes, format: session.format, mode: session.mode, acknowledged: String(session.acknowledged) })
    push({ kind: 'item', text: [line, ...notes].join('. ') })
  }

  push(
    { kind: 'heading', text: t('attestation') },
    { kind: 'text', text: t('attestationText') },
    { kind: 'signature', label: t('attestName') },
    { kind: 'signature', label: t('attestSignature') },
    { kind: 'signature', label: t('attestDate') },
  )

  push({ kind: 'heading', text: t('held') })
  if (input.held.length === 0) push({ kind: 'text', text: t('noHeld') })
  for (const held of input.held) {
    const unknown = t('unknown')
    push({
      kind: 'text',
      text: t('heldLine', { name: held.name, number: held.number || unknown, issued: held.issuedAt ? day(held.issuedAt) : unknown, expires: held.expiresAt ? day(held.expiresAt) : unknown }),
    })
  }

  return { title: `${t('title')}: ${input.learner.name}, ${input.credential.name}`, locale, blocks }
}
