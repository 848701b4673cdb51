import type { Payload, Where } from 'payload'

import type { CredentialContent } from './content/credentials'

import { fingerprint } from './curriculum'

const write = { collection: 'credentials', depth: 0, overrideAccess: true } as const

const english = (credential: CredentialContent) => ({
  slug: credential.slug,
  name: credential.name.en,
  notes: credential.notes.en,
  board: credential.board,
  jurisdiction: credential.jurisdiction,
  sourceUrl: credential.sourceUrl,
  asOf: credential.asOf,
  domains: credential.domains.map(({ key, name, hours }) => ({ key, name: name.en, hours })),
  experienceHours: credential.experienceHours,
  experienceRequirements: credential.experienceRequirements,
  supervisionHours: credential.supervisionHours,
  supervisionCadenceInitial: credential.supervisionCadenceInitial,
  supervisionCadenceAfter: credential.supervisionCadenceAfter,
  exam: { required: credential.exam.required, name: credential.exam.name ?? null },
  renewal: { ...credential.renewal, categories: credential.renewal.categories.map(({ key, name, hours }) => ({ key, name: name.en, hours })) },
  shippedContentHash: fingerprint(credential),
})

/**
 * One shipped credential in English and Spanish, matched by slug. Unchanged
 * shipped data is skipped by its fingerprint; a document with that slug that
 * the seed did not write (no fingerprint) is a trainer's own and left alone.
 */
const seedCredential = async (payload: Payload, credential: CredentialContent): Promise<number> => {
  const found = await payload.find({ ...write, where: { slug: { equals: credential.slug } }, limit: 1, locale: 'en' })
  const existing = found.docs[0]
  const data = english(credential)
  if (existing && (existing.shippedContentHash === data.shippedContentHash || !existing.shippedContentHash)) return existing.id
  const saved = existing
    ? await payload.update({ ...write, id: existing.id, locale: 'en', data })
    : await payload.create({ ...write, locale: 'en', data })
  const spanishRows = <T extends { id?: string | null }>(rows: T[] | null | undefined, content: { name: { es: string } }[]) =>
    (rows ?? []).map((row, index) => ({ ...row, name: content[index].name.es }))
  await payload.update({
    ...write,
    id: saved.id,
    locale: 'es',
    data: {
      name: credential.name.es,
      notes: credential.notes.es,
      domains: spanishRows(saved.domains, credential.domains),
      renewal: { ...saved.renewal, categories: spanishRows(saved.renewal?.categories, credential.renewal.categories) },
    },
  })
  return saved.id
}

/** The shipped credentials; returns their ids by slug. */
export const seedCredentials = async (payload: Payload, credentials: CredentialContent[]) => {
  const ids = new Map<string, number>()
  for (const credential of credentials) ids.set(credential.slug, await seedCredential(payload, credential))
  return ids
}

/** Demo credit mappings: created once each; a trainer's later change of hours is kept. */
export const seedCreditMappings = async (
  payload: Payload,
  credentialIds: Map<string, number>,
  mappings: { credential: string; module: string; domain: string; hours: number }[],
) => {
  const slugs = [...new Set(mappings.map((mapping) => mapping.module))]
  const modules = await payload.find({ collection: 'modules', where: { slug: { in: slugs } }, limit: slugs.length, depth: 0, select: { slug: true }, overrideAccess: true })
  for (const mapping of mappings) {
    const credential = credentialIds.get(mapping.credential)
    const module = modules.docs.find((doc) => doc.slug === mapping.module)?.id
    if (!credential || !module) continue
    const where: Where = { and: [{ credential: { equals: credential } }, { module: { equals: module } }, { domain: { equals: mapping.domain } }] }
    if ((await payload.count({ collection: 'credit-mappings', where, overrideAccess: true })).totalDocs > 0) continue
    await payload.create({ collection: 'credit-mappings', data: { credential, module, domain: mapping.domain, hours: mapping.hours }, overrideAccess: true })
  }
}
