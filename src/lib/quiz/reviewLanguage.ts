import { gradeQuiz, type GradableQuestion, type SubmittedAnswer } from './grade'
import { type LearnerReview, reviewFor, type ReviewSetting } from './review'

/** The setting a stored review was made with, read from what it holds (reviewFor leaves out what a setting withholds). */
const settingOf = (review: LearnerReview): ReviewSetting =>
  !review.questions ? 'score' : review.questions.some((question) => 'correctChoiceIds' in question) ? 'full' : 'feedback'

/**
 * A stored review with its explanations in the reader's language. An attempt
 * keeps the feedback strings of the language it was taken in; reading it in
 * another, the same answers are graded again against `questions` (the quiz's
 * grading copy in the reader's language) and the feedback the stored review's
 * setting allows is taken from there. The stored verdicts stay: where the quiz
 * has changed since (a question removed, a new key that grades the answer
 * differently), that question keeps its stored feedback rather than explain a
 * result the learner did not get.
 */
export function reviewInLanguage(review: LearnerReview, answers: SubmittedAnswer[], questions: GradableQuestion[]): LearnerReview {
  if (!review.questions) return review
  const setting = settingOf(review)
  const regraded = reviewFor(gradeQuiz(questions, answers, 0), setting)
  const byId = new Map((regraded.questions ?? []).map((question) => [question.questionId, question]))
  return {
    ...review,
    questions: review.questions.map((stored) => {
      const fresh = byId.get(stored.questionId)
      if (!fresh || fresh.correct !== stored.correct || fresh.earned !== stored.earned) return stored
      return {
        ...stored,
        feedback: fresh.feedback,
        ...(setting === 'full' ? { acceptedAnswers: fresh.acceptedAnswers } : {}),
      }
    }),
  }
}
