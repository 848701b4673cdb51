'use client'

import type { SelectFieldClientProps } from 'payload'

import { SelectField, useForm, useFormFields, useLocale } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { TRUE_FALSE_CHOICES } from '@/lib/quiz/trueFalse'

/**
 * The question type select. Choosing "True / false" on a question without choices adds the two
 * choices, worded in the language being edited; the server fills the other language
 * (collections/Quizzes/trueFalseChoices.ts), so the trainer only ticks the correct one.
 */
export function QuestionTypeField(props: SelectFieldClientProps) {
  const { path } = props
  const rowPath = path.slice(0, path.lastIndexOf('.'))
  const choicesPath = `${rowPath}.choices`
  const type = useFormFields(([fields]) => fields[path]?.value)
  const choiceRows = useFormFields(([fields]) => fields[choicesPath]?.rows?.length ?? 0)
  const { addFieldRow } = useForm()
  const locale = useLocale()
  const previousType = useRef(type)

  useEffect(() => {
    const before = previousType.current
    previousType.current = type
    if (type !== 'true-false' || before === 'true-false' || choiceRows > 0) return
    const words = TRUE_FALSE_CHOICES[locale?.code === 'es' ? 'es' : 'en']
    words.forEach((text, rowIndex) =>
      addFieldRow({
        path: choicesPath,
        rowIndex,
        schemaPath: 'questions.choices',
        subFieldState: {
          text: { initialValue: text, value: text, valid: true },
          isCorrect: { initialValue: false, value: false, valid: true },
        },
      }),
    )
  }, [type, choiceRows, addFieldRow, choicesPath, locale?.code])

  return <SelectField {...props} />
}
