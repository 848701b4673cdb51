import type { Payload } from 'payload'

import type { Quiz, User } from '@/payload-types'

import { api, login } from './api'
import { uniqueEmail } from './payload'

export const PASSWORD = 'correct-horse-battery'

let sequence = 0
export const uniqueSlug = (label: string) => `${label}-${Date.now().toString(36)}-${++sequence}`

export const createUser = async (
  payload: Payload,
  role: User['role'],
  extra: Partial<User> = {},
): Promise<{ user: User; token: string }> => {
  const email = uniqueEmail(role)
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: `Test ${role}`, role, ...extra },
  })
  return { user, token: await login(email, PASSWORD) }
}

/** A module with one lesson and one quiz; `status` applies to all three. */
export const createCourse = async (payload: Payload, status: 'draft' | 'published' = 'published', quizSettings: Partial<Pick<Quiz, 'retakeAfterPass' | 'maxAttempts'>> = {}) => {
  const module = await payload.create({
    collection: 'modules',
    data: { title: 'Test module', slug: uniqueSlug('module'), area: 'service-delivery', order: 99, _status: status },
  })
  const lesson = await payload.create({
    collection: 'lessons',
    data: { title: 'Test lesson', slug: uniqueSlug('lesson'), module: module.id, order: 1, _status: status },
  })
  const quiz = await payload.create({
    collection: 'quizzes',
    data: {
      title: 'Test quiz',
      slug: uniqueSlug('quiz'),
      module: module.id,
      passingScore: 80,
      maxAttempts: 3,
      ...quizSettings,
      _status: status,
      questions: [
        {
          type: 'single',
          prompt: 'Which answer is right?',
          choices: [
            { text: 'Right choice', isCorrect: true, feedback: 'SECRET-FEEDBACK-RIGHT' },
            { text: 'Wrong choice', isCorrect: false, feedback: 'SECRET-FEEDBACK-WRONG' },
          ],
        },
        {
          type: 'short-answer',
          prompt: 'Name the key term.',
          acceptedAnswers: [{ answer: 'SECRET-ACCEPTED-ANSWER' }],
          correctFeedback: 'SECRET-CORRECT-FEEDBACK',
          incorrectFeedback: 'SECRET-INCORRECT-FEEDBACK',
        },
      ],
    },
  })
  return { module, lesson, quiz }
}

/** Answers that pass a quiz made by createCourse. */
export const rightAnswers = (quiz: Quiz) => [
  { questionId: quiz.questions[0].id!, choiceIds: [quiz.questions[0].choices![0].id!] },
  { questionId: quiz.questions[1].id!, text: '  secret-accepted-answer ' },
]

/**
 * Studies a lesson as the lesson page does (a view, then time with it open)
 * and completes it as soon as the server accepts: the real minimum-time rule,
 * shortened for tests by PEERPATH_MIN_TIME_SCALE (tests/setup/env.ts), so a
 * 15-minute lesson asks for about a second. Returns the last response.
 */
export const studyLesson = async (token: string, lessonId: number) => {
  const view = await api('POST', '/progress/track', { token, body: { lessonId, event: 'view' } })
  if (view.status !== 200) return view
  for (let tries = 0; tries < 40; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 400))
    const done = await api('POST', '/progress/track', { token, body: { lessonId, event: 'complete' } })
    if (done.status !== 409) return done
  }
  throw new Error(`lesson ${lessonId} was still refused as too early after 16 s`)
}

/** Completes a createCourse module as the learner: the lesson, then the quiz passed. Returns the submission. */
export const completeCourse = async (course: Awaited<ReturnType<typeof createCourse>>, token: string) => {
  await studyLesson(token, course.lesson.id)
  return api('POST', '/quiz-attempts/submit', { token, body: { quizId: course.quiz.id, answers: rightAnswers(course.quiz) } })
}
