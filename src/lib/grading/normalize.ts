/** Case, spacing and final punctuation never decide whether a short answer is right. */
export const normalizeAnswer = (value: string): string =>
  value
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/[.!?]+$/u, '')
    .trim()

/** Accents are forgiven too: many learners answer on phones without accent keys. */
export const withoutDiacritics = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')

export const answersMatch = (given: string, accepted: string): boolean => {
  const a = normalizeAnswer(given)
  const b = normalizeAnswer(accepted)
  return a.length > 0 && (a === b || withoutDiacritics(a) === withoutDiacritics(b))
}
