'use client'

import type { PublishButtonClientProps } from 'payload'

import { PublishButton, useDocumentInfo } from '@payloadcms/ui'

import type { CurriculumCollection } from '@/lib/language/documentText'

import { useSpanishGaps } from './useSpanishGaps'

const LISTED = 8

/**
 * Payload's Publish button, with a confirmation first when the document has
 * texts in English only: publishing is not refused (a trainer may publish the
 * English first), but they decide knowing that learners using Spanish will
 * read those parts in English.
 */
export function PublishWithTranslationCheck(props: PublishButtonClientProps) {
  const { collectionSlug } = useDocumentInfo()
  const missing = useSpanishGaps(collectionSlug as CurriculumCollection) ?? []
  const confirmPublish = (event: React.MouseEvent) => {
    if (missing.length === 0) return
    const list = missing.slice(0, LISTED).map((entry) => `• ${entry.label}`)
    if (missing.length > LISTED) list.push(`• …and ${missing.length - LISTED} more`)
    const message = `Spanish is missing for:\n${list.join('\n')}\n\nLearners using Spanish will see the English text there. Publish anyway?`
    if (!window.confirm(message)) {
      event.preventDefault()
      event.stopPropagation()
    }
  }
  return (
    // Capture: the question comes before Payload's own click handler submits.
    <span onClickCapture={confirmPublish} style={{ display: 'contents' }}>
      <PublishButton {...props} />
    </span>
  )
}
