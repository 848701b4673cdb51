'use server'

import { redirect, RedirectType } from 'next/navigation'

import { submitInput, SubmitBody } from '../../../../../../collections/QuizAttempts/endpoints/submitBody'
import { cachedQuizForGrading } from '@/cache/curriculum'
import { invalidateLearnersOrganization } from '@/cache/invalidate'
import { isAppError } from '@/lib/errors'
import { submitQuiz } from '@/lib/quiz/submit'

import { requireUser } from '@/app/(site)/_server/session'

export type QuizSubmitState = { error?: 'failed' | 'noAttempts' | 'passed' | 'lessonsLeft'; lessonsLeft?: string[] }

/** The titles a 'conflict' names when lessons of the module are not complete yet. */
const lessonsLeftIn = (details: unknown): string[] | null => {
  const left = (details as { lessonsLeft?: { title: string }[] } | undefined)?.lessonsLeft
  return Array.isArray(left) ? left.map((lesson) => lesson.title) : null
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The quiz form's native fields (`question-<id>` choices, `answer-<id>` text) as the submission every door takes. */
const answersFrom = (form: FormData) => {
  const answers = new Map<string, { questionId: string; choiceIds?: string[]; text?: string }>()
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue
    const choice = /^question-(.+)$/.exec(name)
    const text = /^answer-(.+)$/.exec(name)
    const questionId = choice?.[1] ?? text?.[1]
    if (!questionId) continue
    const answer = answers.get(questionId) ?? { questionId }
    if (choice) answer.choiceIds = [...(answer.choiceIds ?? []), value]
    else if (value.trim()) answer.text = value
    answers.set(questionId, answer)
  }
  return [...answers.values()].filter((answer) => answer.choiceIds || answer.text !== undefined)
}

/**
 * The site's quiz submission: the same validation and operation as
 * POST /api/quiz-attempts/submit, then the result page.
 */
export const submitQuizAction = async (_state: QuizSubmitState, form: FormData): Promise<QuizSubmitState> => {
  const { payload, user } = await requireUser()
  const slug = String(form.get('moduleSlug') ?? '')
  const startedAt = form.get('startedAt')
  const body = SubmitBody.safeParse({
    quizId: Number(form.get('quizId')),
    locale: form.get('locale') ?? undefined,
    ...(typeof startedAt === 'string' && startedAt ? { startedAt } : {}),
    answers: answersFrom(form),
  })
  if (!body.success || !SLUG.test(slug)) return { error: 'failed' }
  const input = submitInput(body.data)
  let attemptId: number
  try {
    const result = await submitQuiz(payload, user, input, await cachedQuizForGrading(payload, input.quizId, input.locale))
    attemptId = result.attempt.id
  } catch (error) {
    if (isAppError(error)) {
      if (error.code !== 'conflict') return { error: 'failed' }
      const left = lessonsLeftIn(error.details)
      if (left) return { error: 'lessonsLeft', lessonsLeft: left }
      return { error: (error.details as { passed?: boolean } | undefined)?.passed ? 'passed' : 'noAttempts' }
    }
    throw error
  }
  await invalidateLearnersOrganization(payload, user)
  // The result replaces the quiz in the history: Back goes to the module, never to the sent quiz.
  redirect(`/modules/${slug}/quiz/attempts/${attemptId}`, RedirectType.replace)
}
