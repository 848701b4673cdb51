import type { GradeResult } from './grade'

export type ReviewSetting = 'score' | 'feedback' | 'full'

export interface ReviewedQuestion {
  questionId: string
  correct: boolean
  earned: number
  possible: number
  selectedChoiceIds: string[]
  feedback: string[]
  correctChoiceIds?: string[]
  acceptedAnswers?: string[]
}

export interface LearnerReview {
  score: number
  passed: boolean
  earned: number
  possible: number
  questions?: ReviewedQuestion[]
}

/**
 * What a learner may see of a graded attempt. Keys that the setting withholds
 * are left out entirely, so they cannot appear in any serialised response.
 * Only 'full' reveals the answer key; any other value (including a stale or
 * unknown setting read from the database) never does.
 */
export function reviewFor(result: GradeResult, setting: ReviewSetting): LearnerReview {
  const summary = { score: result.score, passed: result.passed, earned: result.earned, possible: result.possible }
  if (setting === 'score') return summary
  return {
    ...summary,
    questions: result.questions.map((question) => ({
      questionId: question.questionId,
      correct: question.correct,
      earned: question.earned,
      possible: question.possible,
      selectedChoiceIds: [...question.selectedChoiceIds],
      feedback: [...question.feedback],
      ...(setting === 'full'
        ? { correctChoiceIds: [...question.correctChoiceIds], acceptedAnswers: [...question.acceptedAnswers] }
        : {}),
    })),
  }
}
