'use client'

import { useAllFormFields, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import type { CurriculumCollection } from '@/lib/language/documentText'

import { type MissingTranslation, missingSpanish } from '@/lib/language/translationStatus'

type Doc = Record<string, unknown>

/**
 * What the document being edited lacks in Spanish: the language on screen
 * from the form as it is now (unsaved edits count), the other language from
 * its latest saved draft, read with no fallback. Null while loading.
 */
export const useSpanishGaps = (collection: CurriculumCollection): MissingTranslation[] | null => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { code: locale } = useLocale()
  const [fields] = useAllFormFields()
  const { config } = useConfig()
  const other = locale === 'es' ? 'en' : 'es'
  const [saved, setSaved] = useState<{ key: string; doc: Doc } | null>(null)
  const key = `${collection}/${id ?? 'new'}/${other}/${String(savedDocumentData?.updatedAt ?? '')}`

  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    const url = `${config.serverURL}${config.routes.api}/${collection}/${id}?locale=${other}&fallback-locale=none&draft=true&depth=0`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as Doc) : {}))
      .then((doc) => setSaved({ key, doc }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [collection, config.routes.api, config.serverURL, id, key, other])

  const current = useMemo(() => reduceFieldsToValues(fields, true) as Doc, [fields])
  if (id === undefined || id === null) return missingSpanish(collection, locale === 'es' ? {} : current, locale === 'es' ? current : {})
  if (!saved || saved.key !== key) return null
  return locale === 'es' ? missingSpanish(collection, saved.doc, current) : missingSpanish(collection, current, saved.doc)
}
