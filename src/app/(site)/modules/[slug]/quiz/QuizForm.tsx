'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useActionState, useState } from 'react'

import { type QuizSubmitState, submitQuizAction } from './actions'

export interface QuizQuestionView {
  id: string
  type: 'single' | 'multiple' | 'true-false' | 'short-answer'
  prompt: string
  choices: { id: string; text: string }[]
}

interface Props {
  quizId: number
  locale: string
  /** When the page was served: the attempt's start, the same on server and client. */
  startedAt: string
  moduleSlug: string
  oneAtATime: boolean
  questions: QuizQuestionView[]
}

type Answers = Record<string, { choiceIds?: string[]; text?: string }>

const isAnswered = (answer: Answers[string] | undefined) => Boolean(answer?.choiceIds?.length || answer?.text?.trim())

/**
 * Native radios, checkboxes and text inputs in fieldsets: keyboard and
 * screen-reader friendly as they are. The form posts to a server action, so
 * it also works before JavaScript has loaded.
 */
export function QuizForm({ quizId, locale, startedAt, moduleSlug, oneAtATime, questions }: Props) {
  const t = useTranslations('quiz')
  const [answers, setAnswers] = useState<Answers>({})
  const [current, setCurrent] = useState(0)
  const [confirming, setConfirming] = useState(false)
  const [result, formAction, pending] = useActionState<QuizSubmitState, FormData>(submitQuizAction, {})
  const unanswered = questions.filter((question) => !isAnswered(answers[question.id])).length

  const choose = (question: QuizQuestionView, choiceId: string, checked: boolean) =>
    setAnswers((previous) => {
      const selected = previous[question.id]?.choiceIds ?? []
      const choiceIds =
        question.type === 'multiple'
          ? checked
            ? [...selected, choiceId]
            : selected.filter((id) => id !== choiceId)
          : [choiceId]
      return { ...previous, [question.id]: { choiceIds } }
    })

  // Unanswered questions get one warning; submitting again goes ahead.
  const submit = (event: FormEvent) => {
    if (unanswered > 0 && !confirming) {
      event.preventDefault()
      setConfirming(true)
    }
  }

  return (
    <form action={formAction} onSubmit={submit} noValidate>
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      <input type="hidden" name="startedAt" value={startedAt} />
      {questions.map((question, index) => {
        const number = index + 1
        const hintId = `hint-${question.id}`
        // One-at-a-time hides the others but keeps them in the form, so every answer is submitted.
        return (
          <fieldset key={question.id} className="question" aria-describedby={hintId} hidden={oneAtATime && index !== current}>
            <legend>{t('question', { number, total: questions.length })}</legend>
            <p className="question-prompt">{question.prompt}</p>
            <p id={hintId} className="hint">
              {question.type === 'multiple' ? t('chooseMany') : question.type === 'short-answer' ? t('typeAnswer') : t('chooseOne')}
            </p>
            {question.type === 'short-answer' ? (
              <>
                <label className="visually-hidden" htmlFor={`answer-${question.id}`}>
                  {t('typeAnswer')}
                </label>
                <input
                  id={`answer-${question.id}`}
                  name={`answer-${question.id}`}
                  type="text"
                  maxLength={500}
                  autoComplete="off"
                  value={answers[question.id]?.text ?? ''}
                  onChange={(event) => setAnswers((previous) => ({ ...previous, [question.id]: { text: event.target.value } }))}
                />
              </>
            ) : (
              question.choices.map((choice) => (
                <label key={choice.id} className="choice">
                  <input
                    type={question.type === 'multiple' ? 'checkbox' : 'radio'}
                    name={`question-${question.id}`}
                    value={choice.id}
                    checked={answers[question.id]?.choiceIds?.includes(choice.id) ?? false}
                    onChange={(event) => choose(question, choice.id, event.target.checked)}
                  />
                  <span>{choice.text}</span>
                </label>
              ))
            )}
          </fieldset>
        )
      })}

      {confirming && unanswered > 0 && (
        <p className="alert info" role="alert">
          {t('unanswered', { count: unanswered })}
        </p>
      )}
      {result.error && (
        <p className="alert error" role="alert">
          {result.error === 'lessonsLeft'
            ? `${t('lessonsLeft')} ${(result.lessonsLeft ?? []).join('; ')}`
            : result.error === 'noAttempts'
              ? t('noAttempts')
              : t('error')}
        </p>
      )}
      <div className="actions">
        {oneAtATime && current > 0 && (
          <button type="button" className="button secondary" onClick={() => setCurrent(current - 1)}>
            {t('previous')}
          </button>
        )}
        {oneAtATime && current < questions.length - 1 ? (
          <button type="button" className="button" onClick={() => setCurrent(current + 1)}>
            {t('next')}
          </button>
        ) : (
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('submitting') : t('submit')}
          </button>
        )}
      </div>
    </form>
  )
}
