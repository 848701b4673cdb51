import type { FieldHook } from 'payload'

import { TRUE_FALSE_CHOICES, trueFalseIndex, type TrueFalseLocale } from '@/lib/quiz/trueFalse'

const LOCALES = Object.keys(TRUE_FALSE_CHOICES) as TrueFalseLocale[]

/**
 * A choice of a true/false question: when its text is one of the ready-made words ("True",
 * "Falso", …) or empty, every language that has no text yet gets the word in its own language, so
 * a question written in English is ready in Spanish too. The choice's other languages are kept in
 * `siblingDocWithLocales`, which Payload merges with the saved language after this hook.
 */
export const fillTrueFalseChoice: FieldHook = ({ value, data, path, req, siblingDocWithLocales }) => {
  const [, questionIndex, , choiceIndex] = path
  const question = (data?.questions as { type?: unknown }[] | undefined)?.[Number(questionIndex)]
  if (question?.type !== 'true-false') return value
  const empty = typeof value !== 'string' || !value.trim()
  const index = empty ? Number(choiceIndex) : trueFalseIndex(value)
  if (index !== 0 && index !== 1) return value
  if (siblingDocWithLocales) {
    const others = (siblingDocWithLocales.text ?? {}) as Record<string, unknown>
    const filled = { ...others }
    for (const locale of LOCALES) {
      if (locale !== req.locale && !(typeof others[locale] === 'string' && (others[locale] as string).trim())) {
        filled[locale] = TRUE_FALSE_CHOICES[locale][index]
      }
    }
    siblingDocWithLocales.text = filled
  }
  const locale = LOCALES.includes(req.locale as TrueFalseLocale) ? (req.locale as TrueFalseLocale) : 'en'
  return empty ? TRUE_FALSE_CHOICES[locale][index] : value
}
