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

/** True when a learner's text matches an accepted answer, exactly after normalising or once accents are removed. */
export const answersMatch = (given: string, accepted: string): boolean => {
  const a = normalizeAnswer(given)
  const b = normalizeAnswer(accepted)
  return a.length > 0 && (a === b || withoutDiacritics(a) === withoutDiacritics(b))
}
