'use client'

import { useRowLabel } from '@payloadcms/ui'

const MAX = 80

/** A bank row labelled by its question, so trainers find a question without opening every row. */
export function QuestionRowLabel() {
  const { data, rowNumber } = useRowLabel<{ prompt?: string | null }>()
  const prompt = typeof data?.prompt === 'string' ? data.prompt.trim() : ''
  const number = (rowNumber ?? 0) + 1
  if (!prompt) return <span>Question {number}</span>
  return <span>{`${number}. ${prompt.length > MAX ? `${prompt.slice(0, MAX - 1)}…` : prompt}`}</span>
}
