/** Longest slug the curriculum collections store (collections/shared/slug.ts). */
export const SLUG_MAX_LENGTH = 120

/** What a valid slug looks like: lowercase letters and digits in runs joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A URL slug from a title: "Preparación de la Organización" → "preparacion-de-la-organizacion".
 * Accents are folded (the site's URLs stay ASCII), anything that is not a letter or digit becomes a
 * single hyphen, and the result is cut at a hyphen so it never ends mid-word when it can help it.
 * Pure, so the admin's slug field runs the same rule as the server.
 */
export const slugify = (text: string): string => {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (words.length <= SLUG_MAX_LENGTH) return words
  const cut = words.slice(0, SLUG_MAX_LENGTH)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > SLUG_MAX_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}
