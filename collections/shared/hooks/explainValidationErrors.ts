import type { CollectionAfterErrorHook } from 'payload'

interface FieldError {
  label?: unknown
  message?: unknown
  path?: unknown
}

const labelText = (label: unknown, language: string | undefined): string | null => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = (language && byLanguage[language]) ?? Object.values(byLanguage)[0]
    return typeof text === 'string' ? text : null
  }
  return null
}

/**
 * The toast of a refused save in Payload's admin shows the error's `message`, which for a validation
 * error is only "The following field is invalid: Questions": the explanation ("Question 1 needs
 * exactly one correct choice.", the language review, a taken slug) reached the field alone, often
 * collapsed or out of view. This puts the explanations in the message too, so toast, field and API
 * (`error`, see src/http/errorShape.ts) all say what to do. Labels from Payload's own field checks
 * ("Title" → "This field is required.") come first; the admin's toast splits a message at its first
 * colon and then at commas, so the explanations are joined without colons of their own.
 */
export const explainValidationErrors: CollectionAfterErrorHook = ({ error, req, result }) => {
  const fieldErrors = (error as { data?: { errors?: unknown } }).data?.errors
  if (!result || !Array.isArray(fieldErrors) || fieldErrors.length === 0) return
  const first = result.errors?.[0]
  if (!first) return
  const explanations = (fieldErrors as FieldError[])
    .filter((fieldError) => typeof fieldError.message === 'string' && fieldError.message.trim())
    .map((fieldError) => {
      const message = String(fieldError.message).replace(/:\s*/g, ' — ')
      const label = labelText(fieldError.label, req.i18n?.language)?.replace(/\s*>\s*/g, ' › ')
      return label ? `${label} — ${message}` : message
    })
  if (explanations.length === 0) return
  return {
    response: { ...result, errors: [{ ...first, message: explanations.join(' ') }, ...result.errors.slice(1)] },
  }
}
