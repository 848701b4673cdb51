/** Publish-time checks that a question can be graded; drafts may be incomplete. */
export interface QuestionShape {
  type?: string | null
  choices?: { isCorrect?: boolean | null }[] | null
  acceptedAnswers?: { answer?: string | null }[] | null
}

export const questionProblem = (question: QuestionShape): string | null => {
  const choices = question.choices ?? []
  const correct = choices.filter((choice) => choice.isCorrect).length
  switch (question.type) {
    case 'single':
      if (choices.length < 2) return 'needs at least two choices'
      return correct === 1 ? null : 'needs exactly one correct choice'
    case 'true-false':
      if (choices.length !== 2) return 'needs exactly two choices (true and false)'
      return correct === 1 ? null : 'needs exactly one correct choice'
    case 'multiple':
      if (choices.length < 2) return 'needs at least two choices'
      return correct >= 1 ? null : 'needs at least one correct choice'
    case 'short-answer':
      return (question.acceptedAnswers ?? []).some((a) => a.answer?.trim())
        ? null
        : 'needs at least one accepted answer'
    default:
      return 'has no question type'
  }
}

export const validateQuestions = (questions: unknown): true | string => {
  if (!Array.isArray(questions) || questions.length === 0) return 'Add at least one question.'
  for (const [index, question] of (questions as QuestionShape[]).entries()) {
    const problem = questionProblem(question)
    if (problem) return `Question ${index + 1} ${problem}.`
  }
  return true
}
