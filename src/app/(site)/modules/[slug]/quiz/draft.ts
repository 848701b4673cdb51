/**
 * The browser's draft of one quiz attempt, in this tab's session storage: it
 * survives a reload and Back, is gone when the tab closes (a shared computer
 * keeps nothing), and is keyed by user, quiz and attempt number, so another
 * person or the next attempt never starts with these answers.
 */
export type Answers = Record<string, { choiceIds?: string[]; text?: string }>

const DRAFT = 'peerpath:quiz-draft:'
const SUBMITTED = 'peerpath:quiz-submitted:'

export const draftKeyFor = (userId: number, quizId: number, attemptNumber: number) => `${userId}:${quizId}:${attemptNumber}`

export const isAnswered = (answer: Answers[string] | undefined) => Boolean(answer?.choiceIds?.length || answer?.text?.trim())

const storage = (): Storage | null => {
  try {
    return window.sessionStorage
  } catch {
    // Storage can be switched off; the quiz then works as before, without a draft.
    return null
  }
}

/** The stored draft, keeping only answers to questions (and choices) this quiz still has; null when there is none. */
export const readDraft = (key: string, questions: { id: string; type: string; choices: { id: string }[] }[]): Answers | null => {
  try {
    const raw = storage()?.getItem(DRAFT + key)
    if (!raw) return null
    const stored = JSON.parse(raw) as Answers
    const answers: Answers = {}
    for (const question of questions) {
      const answer = stored[question.id]
      if (!answer) continue
      const known = new Set(question.choices.map((choice) => choice.id))
      if (question.type === 'short-answer') {
        if (typeof answer.text === 'string') answers[question.id] = { text: answer.text.slice(0, 500) }
      } else if (Array.isArray(answer.choiceIds)) answers[question.id] = { choiceIds: answer.choiceIds.filter((id) => known.has(id)) }
    }
    return Object.values(answers).some(isAnswered) ? answers : null
  } catch {
    return null
  }
}

export const writeDraft = (key: string, answers: Answers) => {
  try {
    if (Object.values(answers).some(isAnswered)) storage()?.setItem(DRAFT + key, JSON.stringify(answers))
    else storage()?.removeItem(DRAFT + key)
  } catch {
    // A full or disabled storage only means no draft.
  }
}

export const clearDraft = (key: string) => {
  try {
    storage()?.removeItem(DRAFT + key)
  } catch {
    // nothing to clear
  }
}

/** Remembers that this attempt was sent, so a stale copy of its page (Back after submitting) is refreshed, not shown. */
export const markSubmitted = (key: string) => {
  try {
    storage()?.setItem(SUBMITTED + key, '1')
  } catch {
    // without storage, Back may show the stale page; the server still refuses a second submission of the attempt count
  }
}

export const clearSubmitted = (key: string) => {
  try {
    storage()?.removeItem(SUBMITTED + key)
  } catch {
    // nothing to clear
  }
}

export const wasSubmitted = (key: string) => {
  try {
    return storage()?.getItem(SUBMITTED + key) === '1'
  } catch {
    return false
  }
}
