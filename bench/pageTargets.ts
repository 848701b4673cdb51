import type { Target } from './measure'

import { PAGE_GOAL } from './goals'
import { expectAnswer, signIn } from './scaleTargets'

/** The demo learner's module, lesson and quiz (seed/content/module1-preparing.ts). */
export const MODULE_SLUG = 'preparing-the-organization'
export const LESSON_SLUG = 'what-is-peer-support'
const QUIZ_SLUG = 'preparing-the-organization-quiz'
export const LESSON_PATH = `/modules/${MODULE_SLUG}/lessons/${LESSON_SLUG}`

interface QuizDoc {
  id: number
}

export interface Page {
  name: string
  path: string
  headers: Record<string, string>
  /** Text the page's own content has: a 200 from the wrong page (an error page, the sign-in form) fails the check. */
  contains: string
}

export interface LearnerPages {
  /** `authorization` for the demo learner, as the page rows send it. */
  auth: Record<string, string>
  lessonId: number
  pages: Page[]
}

/**
 * The learner site as the demo learner sees it, one row per page, plus the
 * signed-out sign-in page. The quiz result page needs an attempt of the
 * learner's: one is submitted through the REST endpoint first.
 */
export const learnerPages = async (base: string): Promise<LearnerPages> => {
  const token = await signIn(base, 'learner@peerpath.example', 'peerpath-demo')
  const auth = { authorization: `JWT ${token}` }
  const adminToken = await signIn(base, 'admin@peerpath.example', 'peerpath-demo')
  const admin = { authorization: `JWT ${adminToken}` }

  const lessons = (await (await fetch(`${base}/api/lessons?where[slug][equals]=${LESSON_SLUG}&depth=0`, { headers: auth })).json()) as { docs: { id: number; module: number }[] }
  const lessonId = lessons.docs[0].id
  await studyModule(base, auth, lessons.docs[0].module)
  const quizzes = (await (await fetch(`${base}/api/quizzes?where[slug][equals]=${QUIZ_SLUG}&depth=0`, { headers: admin })).json()) as { docs: QuizDoc[] }
  const quiz = quizzes.docs[0]
  if (!quiz) throw new Error(`quiz ${QUIZ_SLUG} not found`)
  const submitted = await fetch(`${base}/api/quiz-attempts/submit`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      quizId: quiz.id,
      // The shipped quiz draws a set per attempt, and answers to undrawn questions are refused: an empty attempt is a valid one.
      answers: [],
    }),
  })
  if (submitted.status !== 201) throw new Error(`quiz submit for the result page: ${submitted.status} ${(await submitted.text()).slice(0, 200)}`)
  const attemptId = ((await submitted.json()) as { attempt: { id: number } }).attempt.id

  return {
    auth,
    lessonId,
    pages: [
      { name: 'PeerPath /login (signed out)', path: '/login', headers: {}, contains: 'type="password"' },
      { name: 'PeerPath lesson page (signed in)', path: LESSON_PATH, headers: auth, contains: 'class="pager"' },
      { name: 'PeerPath My learning /learn', path: '/learn', headers: auth, contains: 'certificates-heading' },
      { name: 'PeerPath module page', path: `/modules/${MODULE_SLUG}`, headers: auth, contains: `href="${LESSON_PATH}"` },
      { name: 'PeerPath quiz page', path: `/modules/${MODULE_SLUG}/quiz`, headers: auth, contains: 'name="quizId"' },
      { name: 'PeerPath quiz result page', path: `/modules/${MODULE_SLUG}/quiz/attempts/${attemptId}`, headers: auth, contains: 'class="score"' },
      { name: 'PeerPath My certification /certification', path: '/certification', headers: auth, contains: 'My certification' },
    ],
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The quiz is refused until the module's lessons are studied: each is opened
 * and completed as soon as the server's minimum time on task allows (the bench
 * server runs with PEERPATH_MIN_TIME_SCALE, bench/server.ts, as the browser tests do).
 */
const studyModule = async (base: string, auth: Record<string, string>, moduleId: number) => {
  const found = await fetch(`${base}/api/lessons?where[module][equals]=${moduleId}&depth=0&limit=100`, { headers: auth })
  const { docs } = (await found.json()) as { docs: { id: number }[] }
  const track = (lessonId: number, event: 'view' | 'complete') =>
    fetch(`${base}/api/progress/track`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ lessonId, event }) })
  for (const lesson of docs) {
    const view = await track(lesson.id, 'view')
    if (view.status !== 200) throw new Error(`studying lesson ${lesson.id}: view answered ${view.status}`)
    let status = 409
    for (let tries = 0; tries < 60 && status === 409; tries++) {
      await pause(300)
      status = (await track(lesson.id, 'complete')).status
    }
    if (status !== 200) throw new Error(`studying lesson ${lesson.id}: complete answered ${status}`)
  }
}

/** Each page answered once at `base` as a browser would get it, before any load; then one row each. */
export const pageTargets = async (base: string, pages: Page[], label = ''): Promise<Target[]> => {
  for (const page of pages) {
    const response = await fetch(`${base}${page.path}`, { headers: page.headers, redirect: 'manual' })
    await expectAnswer(`${page.name}${label}`, response, 200, (html) => html.includes(page.contains))
  }
  return pages.map((page) => ({ name: `${page.name}${label}`, url: `${base}${page.path}`, headers: page.headers, goal: PAGE_GOAL }))
}
