/**
 * Case, spacing and final punctuation never decide whether a short answer is right:
 * Unicode NFC, trim, collapse runs of whitespace to one space, lowercase, drop trailing `.`, `!`, `?`.
 * `toLowerCase` (not `toLocaleLowerCase`) keeps the result the same on every server locale.
 */
export const normalizeAnswer = (value: string): string =>
  value
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/[.!?]+$/u, '')
    .trim()

/**
 * Accents are forgiven too, on purpose: many learners answer on phones without accent keys,
 * so "desviacion del rol" must count for "desviación del rol". The cost is that words differing
 * only by a diacritic (e.g. "año" / "ano") are treated as the same answer, which is acceptable
 * for short free-text answers in a training quiz.
 */
export const withoutDiacritics = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')

/**
 * Punctuation is forgiven like case and accents: "Dual-relationship!" is "dual relationship".
 * Apostrophes and full stops join what they sit between ("don't" = "dont", "U.S.A." = "usa");
 * every other punctuation mark (hyphens and dashes, slashes, commas, quotes, brackets, ¿ ¡)
 * separates words like a space. Symbols (+, =, $) are not punctuation and still count.
 */
export const withoutPunctuation = (value: string): string =>
  value
    .replace(/['’ʼ.]/gu, '')
    .replace(/\p{P}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The answer as compared once case, spacing, accents and punctuation are set aside. */
const loosely = (value: string): string => withoutPunctuation(withoutDiacritics(normalizeAnswer(value)))

/** True when a learner's text matches an accepted answer, exactly after normalising or once accents and punctuation are set aside. */
export const answersMatch = (given: string, accepted: string): boolean => {
  const a = normalizeAnswer(given)
  const b = normalizeAnswer(accepted)
  if (a.length > 0 && a === b) return true
  const looseA = loosely(given)
  return looseA.length > 0 && looseA === loosely(accepted)
}
