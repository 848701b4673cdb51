/** The two choices of a true/false question, in each language, in their order (true first). */
export const TRUE_FALSE_CHOICES = {
  en: ['True', 'False'],
  es: ['Verdadero', 'Falso'],
} as const satisfies Record<'en' | 'es', readonly [string, string]>

export type TrueFalseLocale = keyof typeof TRUE_FALSE_CHOICES

/**
 * Which of the two a choice text is (0 true, 1 false) in any language, or null for other wording:
 * only the ready-made words are translated for the trainer, never their own.
 */
export const trueFalseIndex = (text: unknown): 0 | 1 | null => {
  if (typeof text !== 'string') return null
  const wanted = text.trim().toLocaleLowerCase()
  for (const words of Object.values(TRUE_FALSE_CHOICES)) {
    const index = words.findIndex((word) => word.toLocaleLowerCase() === wanted)
    if (index === 0 || index === 1) return index
  }
  return null
}
