import { describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { createCourse, createUser, studyLesson } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { countQueries } from '../helpers/queryCount'

/** Hot paths stay within a fixed number of SQL statements, so an N+1 regression fails here. */
describe('query budgets', () => {
  it('a progress write costs at most 3 statements', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    const learner = await createUser(payload, 'learner')
    await api('POST', '/progress/track', { token: learner.token, body: { lessonId: course.lesson.id, event: 'view' } })
    const { result, queries, statements } = await countQueries(() =>
      api('POST', '/progress/track', { token: learner.token, body: { lessonId: course.lesson.id, event: 'heartbeat', position: 40 } }),
    )
    expect(result.status).toBe(200)
    // Counting works (the sign-in check and the upsert are both seen) and stays within budget.
    expect(queries).toBeGreaterThanOrEqual(2)
    expect(queries, statements.join('\n---\n')).toBeLessThanOrEqual(3)
  })

  it('a graded quiz submission costs at most 4 statements', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    const learner = await createUser(payload, 'learner')
    const answers = course.quiz.questions.map((question) => ({ questionId: question.id!, choiceIds: [] }))
    // The quiz comes after the lessons; that check runs inside the attempt's own insert, so it costs nothing here.
    expect((await studyLesson(learner.token, course.lesson.id)).status).toBe(200)
    const { result, queries, statements } = await countQueries(() =>
      api('POST', '/quiz-attempts/submit', { token: learner.token, body: { quizId: course.quiz.id, answers } }),
    )
    expect(result.status).toBe(201)
    expect(queries).toBeGreaterThanOrEqual(3)
    expect(queries, statements.join('\n---\n')).toBeLessThanOrEqual(4)
  })
})
