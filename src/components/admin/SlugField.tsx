'use client'

import type { TextFieldClientProps } from 'payload'

import { TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { slugify } from '@/lib/curriculum/slug'

/**
 * The slug input, filled from the title as the trainer types it. It follows the title while it still
 * is the slug of the title (so a slug the trainer edited by hand stays) and only until the document
 * is first published: after that the address is live and changes only on purpose.
 */
export function SlugField(props: TextFieldClientProps) {
  const { path } = props
  const title = useFormFields(([fields]) => fields.title?.value)
  const { value, setValue } = useField<string>({ path })
  const { hasPublishedDoc } = useDocumentInfo()
  const previousTitle = useRef(title)

  useEffect(() => {
    const before = typeof previousTitle.current === 'string' ? previousTitle.current : ''
    previousTitle.current = title
    if (hasPublishedDoc || typeof title !== 'string' || title === before) return
    const current = typeof value === 'string' ? value : ''
    const next = slugify(title)
    if ((current === '' || current === slugify(before)) && next !== current) setValue(next)
  }, [title, value, hasPublishedDoc, setValue])

  return <TextField {...props} />
}
