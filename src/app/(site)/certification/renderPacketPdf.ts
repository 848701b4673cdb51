import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'
import type { User } from '@/payload-types'

import { listModules } from '@/app/(site)/_server/learning'
import { loadLearnerCertification } from '@/lib/certification/learnerCertification'
import { buildPacket, type PacketDocument } from '@/lib/credentials/packet'
import { packetPdf } from '@/lib/credentials/packetPdf'
import { relationId } from '@/lib/relationId'
import { siteUrl } from '@/lib/siteUrl'

export interface PacketRequest {
  payload: Payload
  learnerId: number
  credentialId: number
  locale: AppLocale
  /** Who asks: the learner, or a manager of their organization. Every read is theirs (overrideAccess: false). */
  reader: User
  today?: Date
}

/**
 * The packet's content for a learner working toward (or holding) a credential,
 * or null when the reader may not see that learner, or the learner has not
 * chosen that credential: the caller answers 404 either way, so nobody learns
 * whether someone else's record exists.
 */
export const loadPacket = async ({ payload, learnerId, credentialId, locale, reader, today = new Date() }: PacketRequest): Promise<PacketDocument | null> => {
  const as = { overrideAccess: false, user: reader, locale, fallbackLocale: 'en' as const }
  const learner = await payload.findByID({ collection: 'users', id: learnerId, depth: 0, ...as, disableErrors: true, select: { name: true, email: true, organization: true } }).catch(() => null)
  if (!learner) return null
  const chosen = await loadLearnerCertification(payload, reader, locale, today, learnerId)
  const entry = chosen.find((row) => row.credential.id === credentialId)
  if (!entry) return null

  const organizationId = relationId(learner.organization)
  const [organization, modules, sessions] = await Promise.all([
    organizationId === null
      ? null
      : payload.findByID({ collection: 'organizations', id: organizationId, depth: 0, ...as, disableErrors: true, select: { name: true } }).catch(() => null),
    listModules(payload, reader, locale),
    payload.find({ collection: 'supervision-sessions', ...as, depth: 0, limit: 1000, pagination: false, sort: 'date', where: { learner: { equals: learnerId } } }),
  ])
  // Supervisors' names only, for sessions the reader may already read: a learner cannot read other users, yet the packet says who supervised.
  const supervisorIds = [...new Set(sessions.docs.map((session) => relationId(session.supervisor)).filter((id): id is number => id !== null))]
  const supervisors = supervisorIds.length
    ? await payload.find({ collection: 'users', overrideAccess: true, depth: 0, limit: supervisorIds.length, pagination: false, where: { id: { in: supervisorIds } }, select: { name: true } })
    : { docs: [] }
  const supervisorName = new Map(supervisors.docs.map((user) => [user.id, user.name]))

  const { credential } = entry
  return buildPacket({
    locale,
    generatedAt: today,
    learner: { name: learner.name, email: learner.email ?? null },
    organization: organization?.name ?? null,
    credential: { name: credential.name, board: credential.board, jurisdiction: credential.jurisdiction, sourceUrl: credential.sourceUrl, asOf: credential.asOf },
    domainNames: Object.fromEntries([...(credential.domains ?? []), ...(credential.renewal?.categories ?? [])].map((row) => [row.key, row.name])),
    progress: entry.progress,
    moduleTitles: Object.fromEntries(modules.map((module) => [module.id, module.title])),
    siteUrl: siteUrl(),
    supervision: sessions.docs.map((session) => ({
      id: session.id,
      date: session.date,
      durationMinutes: session.durationMinutes,
      format: session.format,
      mode: session.mode,
      topics: session.topics ?? [],
      acknowledged: Boolean(session.acknowledged),
      corrects: relationId(session.corrects),
      supervisorName: supervisorName.get(relationId(session.supervisor) ?? -1) ?? null,
    })),
    held: chosen
      .filter((row) => row.held.status === 'held')
      .map((row) => ({ name: row.credential.name, number: row.held.number ?? null, issuedAt: row.held.issuedAt ?? null, expiresAt: row.held.expiresAt ?? null })),
  })
}

/**
 * The application packet as PDF bytes, or null for "not found" (see
 * loadPacket). The learner's route (/certification/packet) and the manager's
 * (/manage/learners/[id]/packet) both call this with their own user as reader.
 */
export const renderPacketPdf = async (request: PacketRequest): Promise<Uint8Array | null> => {
  const packet = await loadPacket(request)
  return packet ? packetPdf(packet) : null
}
