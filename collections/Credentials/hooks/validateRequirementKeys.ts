import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Domain and CE-category keys are what credit mappings and learners' records
 * point at, so within one credential each is unique and slug-shaped.
 */
export const validateRequirementKeys: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  const domains = (data.domains ?? []) as { key?: string }[]
  const categories = ((data.renewal as { categories?: { key?: string }[] } | undefined)?.categories ?? []) as { key?: string }[]
  const seen = new Set<string>()
  for (const [list, path] of [
    [domains, 'domains'],
    [categories, 'renewal.categories'],
  ] as const) {
    list.forEach((row, index) => {
      const key = row.key ?? ''
      if (!KEY.test(key)) errors.push({ path: `${path}.${index}.key`, message: 'Use lowercase letters, digits and single hyphens.' })
      else if (seen.has(key)) errors.push({ path: `${path}.${index}.key`, message: `The key "${key}" is used twice in this credential.` })
      seen.add(key)
    })
  }
  if (errors.length) throw new ValidationError({ errors })
  return data
}
