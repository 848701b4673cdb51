'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { type FormEvent, useRef, useState } from 'react'

export interface QuizQuestionView {
  id: string
  type: 'single' | 'multiple' | 'true-false' | 'short-answer'
  prompt: string
  choices: { id: string; text: string }[]
}

interface Props {
  quizId: number
  locale: string
  moduleSlug: string
  oneAtATime: boolean
  questions: QuizQuestionView[]
}

type Answers = Record<string, { choiceIds?: string[]; text?: string }>

const isAnswered = (answer: Answers[string] | undefined) => Boolean(answer?.choiceIds?.length || answer?.text?.trim())

/** Native radios, checkboxes and text inputs in fieldsets: keyboard and screen-reader friendly as they are. */
export function QuizForm({ quizId, locale, moduleSlug, oneAtATime, questions }: Props) {
  const t = useTranslations('quiz')
  const router = useRouter()
  const [answers, setAnswers] = useState<Answers>({})
  const [current, setCurrent] = useState(0)
  const [state, setState] = useState<'idle' | 'submitting' | 'error' | 'confirm'>('idle')
  const startedAt = useRef(new Date().toISOString())
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

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (unanswered > 0 && state !== 'confirm') {
      setState('confirm')
      return
    }
    setState('submitting')
    try {
      const response = await fetch('/api/quiz-attempts/submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({
          quizId,
          locale,
          startedAt: startedAt.current,
          answers: Object.entries(answers).map(([questionId, answer]) => ({ questionId, ...answer })),
        }),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body.error)
      router.push(`/modules/${moduleSlug}/quiz/attempts/${body.attempt.id}`)
    } catch {
      setState('error')
    }
  }

  const visible = oneAtATime ? [questions[current]] : questions

  return (
    <form onSubmit={submit} noValidate>
      {visible.map((question) => {
        const number = questions.indexOf(question) + 1
        const hintId = `hint-${question.id}`
        return (
          <fieldset key={question.id} className="question" aria-describedby={hintId}>
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

      {state === 'confirm' && (
        <p className="alert info" role="alert">
          {t('unanswered', { count: unanswered })}
        </p>
      )}
      {state === 'error' && (
        <p className="alert error" role="alert">
          {t('error')}
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
          <button type="submit" className="button" disabled={state === 'submitting'}>
            {state === 'submitting' ? t('submitting') : t('submit')}
          </button>
        )}
      </div>
    </form>
  )
}
