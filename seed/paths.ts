import type { Payload } from 'payload'

export const TOOLKIT_PATH_SLUG = 'peer-support-toolkit'

/**
 * The shared onboarding path: the four toolkit modules in order. Created once;
 * a trainer's later edits to it are left alone.
 */
export const seedToolkitPath = async (payload: Payload, moduleSlugs: string[]) => {
  const existing = await payload.find({ collection: 'paths', where: { slug: { equals: TOOLKIT_PATH_SLUG } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return existing.docs[0].id
  const modules = await payload.find({ collection: 'modules', where: { slug: { in: moduleSlugs } }, limit: moduleSlugs.length, depth: 0, select: { slug: true } })
  const ordered = moduleSlugs.map((slug) => modules.docs.find((module) => module.slug === slug)!.id)
  const path = await payload.create({
    collection: 'paths',
    locale: 'en',
    data: {
      title: 'Peer Support Toolkit: all four modules',
      slug: TOOLKIT_PATH_SLUG,
      description: 'Preparing the organization, recruiting and hiring, service delivery, and supervision and retention, in that order.',
      modules: ordered,
    },
  })
  await payload.update({
    collection: 'paths',
    id: path.id,
    locale: 'es',
    data: {
      title: 'Kit de herramientas de apoyo entre pares: los cuatro módulos',
      description: 'Preparar la organización, reclutar y contratar, prestar servicios, y supervisar y retener al personal, en ese orden.',
    },
  })
  return path.id
}
