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
 *
 * - 'score': the totals only.
 * - 'feedback': per question, whether it was right and the feedback on the
 *   answer given (the chosen choices' feedback, the correct note when right);
 *   never correct choice ids, accepted answers or the incorrect note.
 * - 'full': everything, the answer key included.
 *
 * Any other value (a stale or unknown setting read from the database) is
 * treated as 'feedback', so it never reveals the key.
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
      feedback: [...(setting === 'full' ? question.feedback : question.answerFeedback)],
      ...(setting === 'full'
        ? { correctChoiceIds: [...question.correctChoiceIds], acceptedAnswers: [...question.acceptedAnswers] }
        : {}),
    })),
  }
}
