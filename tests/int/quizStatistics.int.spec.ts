import { describe, expect, it } from 'vitest'

import type { Quiz } from '@/payload-types'

import { questionsForAttempt } from '@/lib/quiz/attemptDraw'
import { aggregateQuizStatistics, quizStatistics } from '@/lib/quiz/statistics'
import { api } from '../helpers/api'
import { createCourse, createUser, studyLesson } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

type Question = Quiz['questions'][number]

/** Right or wrong answers to exactly the questions drawn for the learner's attempt. */
const answersFor = (questions: Question[], right: boolean) =>
  questions.map((question) =>
    question.type === 'short-answer'
      ? { questionId: question.id!, text: right ? 'Peer support' : 'Case management' }
      : { questionId: question.id!, choiceIds: [question.choices!.find((choice) => Boolean(choice.isCorrect) === right)!.id!] },
  )

describe('quiz statistics for trainers', () => {
  it('counts attempts, learners, pass rate and mean score, and each question only in the attempts that drew it', { timeout: 120_000 }, async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    const quiz = await payload.update({
      collection: 'quizzes',
      id: course.quiz.id,
      data: {
        questionsPerAttempt: 2,
        questions: [
          { type: 'single', prompt: 'Q-A', choices: [{ text: 'A right', isCorrect: true }, { text: 'A wrong' }] },
          { type: 'single', prompt: 'Q-B', choices: [{ text: 'B right', isCorrect: true }, { text: 'B wrong' }] },
          { type: 'short-answer', prompt: 'Q-C', acceptedAnswers: [{ answer: 'Peer support' }] },
        ],
      },
    })

    // Three learners, one attempt each: the first and second answer wrongly, the third rightly.
    const learners = await Promise.all([0, 1, 2].map(() => createUser(payload, 'learner')))
    await Promise.all(learners.map((learner) => studyLesson(learner.token, course.lesson.id)))
    const drawn: Question[][] = []
    for (const [index, learner] of learners.entries()) {
      const questions = questionsForAttempt(payload.secret, learner.user.id, quiz, 1)
      drawn.push(questions)
      const submitted = await api('POST', '/quiz-attempts/submit', { token: learner.token, body: { quizId: quiz.id, answers: answersFor(questions, index === 2) } })
      expect(submitted.status).toBe(201)
    }

    const trainer = await createUser(payload, 'trainer')
    const { statistics } = await quizStatistics(payload, trainer.user, quiz.id, 'en')
    expect(statistics).toMatchObject({ attempts: 3, learners: 3, passed: 1, passRate: 33.3, meanScore: 33.3 })
    for (const question of statistics.questions) {
      const askedBy = drawn.map((set, index) => (set.some((q) => q.id === question.id) ? index : -1)).filter((index) => index >= 0)
      expect(question.asked, question.prompt).toBe(askedBy.length)
      expect(question.answered).toBe(askedBy.length)
      expect(question.correct).toBe(askedBy.filter((index) => index === 2).length)
      if (question.type === 'single') {
        const wrongChoice = question.choices.find((choice) => !choice.isCorrect)!
        expect(wrongChoice.chosen).toBe(askedBy.filter((index) => index !== 2).length)
      } else {
        const wrong = askedBy.filter((index) => index !== 2).length
        expect(question.wrongAnswers).toEqual(wrong > 0 ? [{ answer: 'case management', count: wrong }] : [])
      }
    }
    // Two questions per attempt: six askings in all, never three per attempt.
    expect(statistics.questions.reduce((sum, question) => sum + question.asked, 0)).toBe(6)
    // Aggregates only: no learner's id or email is anywhere in what the view gets.
    const sent = JSON.stringify(statistics)
    for (const learner of learners) {
      expect(sent).not.toContain(learner.user.email)
      expect(sent).not.toMatch(new RegExp(`"(user|learner)"`))
    }
  })

  it('is refused to learners and managers', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    for (const role of ['learner', 'manager'] as const) {
      const { user } = await createUser(payload, role)
      await expect(quizStatistics(payload, user, course.quiz.id, 'en')).rejects.toMatchObject({ code: 'forbidden' })
    }
    await expect(quizStatistics(payload, null, course.quiz.id, 'en')).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('treats an attempt recorded before draws (no questionIds) as asking every question', () => {
    const questions = [
      { id: 'q1', type: 'single' as const, prompt: 'One', choices: [{ id: 'c1', text: 'Yes', isCorrect: true }, { id: 'c2', text: 'No' }] },
      { id: 'q2', type: 'single' as const, prompt: 'Two', choices: [{ id: 'c3', text: 'Yes', isCorrect: true }, { id: 'c4', text: 'No' }] },
    ]
    const result = aggregateQuizStatistics(questions, [
      { learner: 1, score: 50, passed: false, questionIds: null, answers: [{ questionId: 'q1', choiceIds: ['c1'] }], grading: { questions: [{ questionId: 'q1', correct: true, answered: true }, { questionId: 'q2', correct: false, answered: false }] } },
      { learner: 1, score: 100, passed: true, questionIds: ['q2'], answers: [{ questionId: 'q2', choiceIds: ['c3'] }], grading: { questions: [{ questionId: 'q2', correct: true, answered: true }] } },
    ])
    expect(result).toMatchObject({ attempts: 2, learners: 1, passRate: 50, meanScore: 75 })
    expect(result.questions.map(({ asked, answered, correct }) => ({ asked, answered, correct }))).toEqual([
      { asked: 1, answered: 1, correct: 1 },
      { asked: 2, answered: 1, correct: 1 },
    ])
  })
})
