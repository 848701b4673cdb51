import type { Payload, PayloadRequest } from 'payload'

export type BilingualCollection = 'competencies' | 'modules' | 'lessons' | 'quizzes'
export type SavedDoc = Record<string, unknown> & { id: number }

interface UpsertArgs {
  collection: BilingualCollection
  /** The natural key the document is matched on: slug, or code for competencies. */
  key: { field: 'slug' | 'code'; value: string }
  english: Record<string, unknown>
  /** Spanish text for the saved document (array rows keep their ids), or null to leave Spanish as it is. */
  spanish: (saved: SavedDoc) => Record<string, unknown> | null
  /** Shipped content only: an unchanged fingerprint means there is nothing to write. */
  fingerprint?: string
  /** Run inside the caller's transaction. */
  req?: PayloadRequest
}

/**
 * Creates or updates one document in English, then its Spanish text on the
 * same rows; curriculum documents are published. Used by the seed and by
 * bundle imports alike.
 */
export const upsertBilingual = async (payload: Payload, args: UpsertArgs): Promise<number> => {
  const { collection, key, english, spanish, fingerprint, req } = args
  const curriculum = collection !== 'competencies'
  const found = await payload.find({
    collection,
    where: { [key.field]: { equals: key.value } },
    limit: 1,
    depth: 0,
    locale: 'en',
    overrideAccess: true,
    req,
    ...(curriculum ? { draft: true } : {}),
  })
  const existing = found.docs[0] as unknown as (SavedDoc & { shippedContentHash?: string | null }) | undefined
  if (fingerprint && existing?.shippedContentHash === fingerprint) return existing.id

  const status = curriculum ? { _status: 'published' } : {}
  const data = { ...english, [key.field]: key.value, ...(fingerprint ? { shippedContentHash: fingerprint } : {}), ...status }
  const write = { collection, locale: 'en', depth: 0, req, overrideAccess: true } as const
  const saved = (existing
    ? await payload.update({ ...write, id: existing.id, data } as Parameters<Payload['update']>[0])
    : await payload.create({ ...write, data } as Parameters<Payload['create']>[0])) as unknown as SavedDoc
  const es = spanish(saved)
  if (es) await payload.update({ ...write, locale: 'es', id: saved.id, data: { ...es, ...status } } as Parameters<Payload['update']>[0])
  return saved.id
}
