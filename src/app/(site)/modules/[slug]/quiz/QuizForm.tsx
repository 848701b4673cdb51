'use client'

import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { type FormEvent, useActionState, useEffect, useRef, useState } from 'react'

import { type QuizSubmitState, submitQuizAction } from './actions'
import { type Answers, clearDraft, clearSubmitted, isAnswered, markSubmitted, readDraft, wasSubmitted, writeDraft } from './draft'

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
  /** Names this learner's draft of this attempt (user, quiz, attempt number) in the browser's session storage. */
  draftKey: string
}

/**
 * Native radios, checkboxes and text inputs in fieldsets: keyboard and
 * screen-reader friendly as they are. The form posts to a server action, so
 * it also works before JavaScript has loaded. Answers are kept as a draft in
 * this tab's session storage until they are sent, so a reload or Back does
 * not lose them, and leaving with unsent answers asks first.
 */
export function QuizForm({ quizId, locale, startedAt, moduleSlug, oneAtATime, questions, draftKey }: Props) {
  const t = useTranslations('quiz')
  const router = useRouter()
  const [answers, setAnswers] = useState<Answers>({})
  const [restored, setRestored] = useState(false)
  const [ready, setReady] = useState(false)
  const [current, setCurrent] = useState(0)
  const [confirming, setConfirming] = useState(false)
  const [result, formAction, pending] = useActionState<QuizSubmitState, FormData>(submitQuizAction, {})
  const sending = useRef(false)
  const unanswered = questions.flatMap((question, index) => (isAnswered(answers[question.id]) ? [] : [index]))

  // The draft is read after hydration (the server has no session storage). A page shown again for an
  // attempt already sent (Back after submitting) is stale: ask the server for the current one instead.
  const questionsRef = useRef(questions)
  useEffect(() => {
    if (wasSubmitted(draftKey)) {
      // Once: if the server still serves this attempt (the submission never arrived), the form stays.
      clearSubmitted(draftKey)
      setReady(true)
      router.refresh()
      return
    }
    const draft = readDraft(draftKey, questionsRef.current)
    if (draft) {
      setAnswers(draft)
      setRestored(true)
    }
    setReady(true)
  }, [draftKey, router])

  useEffect(() => {
    if (ready && !sending.current) writeDraft(draftKey, answers)
  }, [ready, draftKey, answers])

  // A failed submission keeps the answers: they are a draft again.
  useEffect(() => {
    if (!result.error) return
    sending.current = false
    clearSubmitted(draftKey)
    writeDraft(draftKey, answers)
  }, [result])

  const hasUnsent = Object.values(answers).some(isAnswered)
  useEffect(() => {
    if (!hasUnsent) return
    const warn = (event: BeforeUnloadEvent) => {
      if (sending.current) return
      event.preventDefault()
      // Older browsers need returnValue set to show their own "leave this page?" prompt.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [hasUnsent])

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

  const focusQuestion = (index: number) => {
    setCurrent(index)
    // After the question is shown (one at a time), its first field takes focus; the legend names it.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`#question-${questions[index].id} input`)?.focus())
  }

  // Unanswered questions get one warning that names them; submitting again goes ahead.
  const submit = (event: FormEvent) => {
    if (unanswered.length > 0 && !confirming) {
      event.preventDefault()
      setConfirming(true)
      focusQuestion(unanswered[0])
      return
    }
    sending.current = true
    clearDraft(draftKey)
    markSubmitted(draftKey)
  }

  const unansweredList = new Intl.ListFormat(locale, { type: 'conjunction' }).format(unanswered.map((index) => String(index + 1)))

  return (
    <form action={formAction} onSubmit={submit} noValidate>
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      <input type="hidden" name="startedAt" value={startedAt} />
      {restored && (
        <p className="alert info" role="status">
          {t('draftRestored')}
        </p>
      )}
      {questions.map((question, index) => {
        const number = index + 1
        const hintId = `hint-${question.id}`
        // One-at-a-time hides the others but keeps them in the form, so every answer is submitted.
        return (
          <fieldset
            key={question.id}
            id={`question-${question.id}`}
            className="question"
            aria-describedby={hintId}
            hidden={oneAtATime && index !== current}
            data-unanswered={confirming && unanswered.includes(index) ? 'true' : undefined}
          >
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

      {confirming && unanswered.length > 0 && (
        <p className="alert info" role="alert">
          {t('unanswered', { count: unanswered.length, list: unansweredList })}
        </p>
      )}
      {result.error && (
        <p className="alert error" role="alert">
          {result.error === 'lessonsLeft'
            ? `${t('lessonsLeft')} ${(result.lessonsLeft ?? []).join('; ')}`
            : result.error === 'noAttempts'
              ? t('noAttempts')
              : result.error === 'passed'
                ? t('passedNoRetake')
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
