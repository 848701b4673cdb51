import type autocannon from 'autocannon'

import {
  ANCHOR_ORG_NUMBER,
  SCALE_PASSWORD,
  SCALE_QUIZ_MAX_ATTEMPTS,
  SCALE_QUIZ_SUBMITTERS,
  learnerEmail,
  managerEmail,
} from './scale/markers'
import type { Target } from './measure'

import { PAGE_GOAL, PROGRESS_WRITE_GOAL, QUIZ_SUBMIT_GOAL } from './goals'

/** A generous ceiling on submits per second, to sign in enough learners that attempts never run out. */
const SUBMITS_PER_SECOND_CEILING = 1000
const PROGRESS_PAGE_SIZE = 100

export const signIn = async (base: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`sign-in failed for ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

const inBatches = async <T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))))
  return results
}

/** Fails the run before measuring when a target does not answer as a real client expects. */
export const expectAnswer = async (label: string, response: Response, status: number, check?: (text: string) => boolean) => {
  const text = await response.text()
  if (response.status !== status || (check && !check(text))) {
    throw new Error(`${label}: expected ${status}, got ${response.status}: ${text.slice(0, 200)}`)
  }
}

interface QuizDoc {
  id: number
  questions: { id: string; choices: { id: string; isCorrect: boolean }[] }[]
}

type Signed = () => { authorization: string; body: string }

/** A POST row whose learner and body change per request; the first request is checked before measuring. */
const rotatingPost = async (base: string, path: string, name: string, status: number, next: Signed, goal?: Target['goal']): Promise<Target> => {
  const url = `${base}${path}`
  const first = next()
  await expectAnswer(name, await fetch(url, { method: 'POST', headers: { authorization: first.authorization, 'content-type': 'application/json' }, body: first.body }), status)
  const setupRequest = (request: autocannon.Request): autocannon.Request => {
    const { authorization, body } = next()
    return { ...request, headers: { ...request.headers, authorization, 'content-type': 'application/json' }, body }
  }
  return { name, url, method: 'POST', requests: [{ method: 'POST', path, setupRequest }], goal }
}

/** Learners of the anchor organization, signed in a few at a time. */
const anchorLearnerTokens = (base: string, count: number) =>
  inBatches(
    Array.from({ length: count }, (_, index) => learnerEmail(ANCHOR_ORG_NUMBER, index + 1)),
    8,
    (email) => signIn(base, email, SCALE_PASSWORD),
  )

/**
 * Quiz submits by learners of the anchor organization (the scale quizzes are
 * theirs). A learner has SCALE_QUIZ_MAX_ATTEMPTS per quiz, so requests rotate
 * over (learner, quiz) pairs: consecutive requests never share a pair, and a
 * pair is reused only after every other one, so no attempt races another and
 * none is refused for the limit while capacity lasts.
 */
const quizSubmitTarget = async (base: string, adminToken: string, anchorLearners: number, duration: number): Promise<Target> => {
  const found = await fetch(`${base}/api/quizzes?where[slug][like]=scale-module&depth=0&limit=100`, {
    headers: { authorization: `JWT ${adminToken}` },
  })
  const quizzes = ((await found.json()) as { docs: QuizDoc[] }).docs
  if (!quizzes.length) throw new Error('no scale quizzes found; did seed:scale run?')
  const perLearner = quizzes.length * SCALE_QUIZ_MAX_ATTEMPTS
  // Only the learners who studied every scale lesson may submit (seed:scale).
  const needed = Math.min(anchorLearners, SCALE_QUIZ_SUBMITTERS, Math.ceil((duration * SUBMITS_PER_SECOND_CEILING) / perLearner) + 1)
  const tokens = await anchorLearnerTokens(base, needed)
  const pairs = tokens.length * quizzes.length
  let sent = 0
  const next = () => {
    const pair = sent % pairs
    const quiz = quizzes[Math.floor(pair / tokens.length)]
    // Two in three submissions pass, so certificate checks run as often as they would in a class.
    const correct = sent % 3 !== 2
    sent++
    return {
      authorization: `JWT ${tokens[pair % tokens.length]}`,
      body: JSON.stringify({
        quizId: quiz.id,
        answers: quiz.questions.map((question) => ({
          questionId: question.id,
          choiceIds: [question.choices.find((choice) => Boolean(choice.isCorrect) === correct)!.id],
        })),
      }),
    }
  }
  return rotatingPost(base, '/api/quiz-attempts/submit', `PeerPath quiz submit, REST endpoint (${tokens.length} learners × ${quizzes.length} quizzes rotating)`, 201, next, QUIZ_SUBMIT_GOAL)
}

/** Learners in progress writes: enough that one learner's heartbeats are seconds apart, as in a class. */
const PROGRESS_WRITERS = 64

/**
 * Heartbeats from a class reading at once: anchor-organization learners
 * rotating over the scale lessons, so consecutive writes hit different rows
 * (the one-learner row in run.ts is the same row over and over).
 */
const progressWriteTarget = async (base: string, adminToken: string): Promise<Target> => {
  const found = await fetch(`${base}/api/lessons?where[slug][like]=scale-module&depth=0&limit=200`, {
    headers: { authorization: `JWT ${adminToken}` },
  })
  const lessons = ((await found.json()) as { docs: { id: number }[] }).docs
  if (!lessons.length) throw new Error('no scale lessons found; did seed:scale run?')
  const tokens = await anchorLearnerTokens(base, PROGRESS_WRITERS)
  let sent = 0
  const next = () => {
    const learner = sent % tokens.length
    const lesson = lessons[Math.floor(sent / tokens.length) % lessons.length]
    sent++
    return {
      authorization: `JWT ${tokens[learner]}`,
      body: JSON.stringify({ lessonId: lesson.id, event: 'heartbeat', position: sent % 100 }),
    }
  }
  return rotatingPost(base, '/api/progress/track', `PeerPath progress write (${tokens.length} learners × ${lessons.length} lessons rotating)`, 200, next, PROGRESS_WRITE_GOAL)
}

/**
 * The dashboard is a page: the browser sends the session cookie, and with it
 * the Sec-Fetch-Site header Payload's CSRF check requires of cookie sign-ins.
 */
const dashboardTarget = async (base: string, anchorLearners: number): Promise<Target> => {
  const token = await signIn(base, managerEmail(ANCHOR_ORG_NUMBER), SCALE_PASSWORD)
  const headers = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
  await expectAnswer('manager dashboard', await fetch(`${base}/manage`, { headers, redirect: 'manual' }), 200, (html) => html.includes('Scale Learner'))
  return { name: `PeerPath manager dashboard /manage (${anchorLearners} learners)`, url: `${base}/manage`, headers, goal: PAGE_GOAL }
}

interface FoundDocs<T> {
  docs: T[]
}

const adminGet = async <T>(base: string, adminToken: string, path: string): Promise<T[]> => {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `JWT ${adminToken}` } })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return ((await response.json()) as FoundDocs<T>).docs
}

/**
 * Every other manager page, as the anchor organization's manager sees it
 * (same session cookie as the dashboard), checked once for its own heading.
 */
const managerPageTargets = async (base: string, adminToken: string): Promise<Target[]> => {
  const token = await signIn(base, managerEmail(ANCHOR_ORG_NUMBER), SCALE_PASSWORD)
  const headers = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
  const [learner] = await adminGet<{ id: number }>(base, adminToken, `/api/users?where[email][equals]=${encodeURIComponent(learnerEmail(ANCHOR_ORG_NUMBER, 1))}&depth=0&limit=1`)
  if (!learner) throw new Error('no anchor-organization learner found; did seed:scale run?')
  const pages = [
    { name: 'people and invitations /manage/people', path: '/manage/people', contains: 'People and invitations' },
    { name: 'cohorts /manage/cohorts', path: '/manage/cohorts', contains: 'Cohorts and assignments' },
    { name: 'learner detail /manage/learners/ID', path: `/manage/learners/${learner.id}`, contains: 'Scale Learner' },
    { name: 'readiness /manage/readiness', path: '/manage/readiness', contains: 'Organization readiness' },
    { name: 'audit log /manage/audit', path: '/manage/audit', contains: 'Audit log' },
  ]
  const targets: Target[] = []
  for (const page of pages) {
    const name = `PeerPath manager ${page.name}`
    await expectAnswer(name, await fetch(`${base}${page.path}`, { headers, redirect: 'manual' }), 200, (html) => html.includes(page.contains))
    targets.push({ name, url: `${base}${page.path}`, headers, goal: PAGE_GOAL })
  }
  return targets
}

/** A scale learner's certificate: its public /verify page (signed out) and the holder's own certificate page. */
const certificateTargets = async (base: string, adminToken: string): Promise<Target[]> => {
  const [certificate] = await adminGet<{ id: number; code: string; user: number }>(base, adminToken, '/api/certificates?where[revoked][equals]=false&depth=0&limit=1&sort=id')
  if (!certificate) throw new Error('no certificate found; did seed:scale run?')
  const [holder] = await adminGet<{ email: string }>(base, adminToken, `/api/users?where[id][equals]=${certificate.user}&depth=0&limit=1`)
  const holderToken = await signIn(base, holder.email, SCALE_PASSWORD)
  const rows: { name: string; path: string; headers: Record<string, string>; contains: string }[] = [
    { name: 'PeerPath certificate verification /verify/CODE (signed out)', path: `/verify/${certificate.code}`, headers: {}, contains: 'This certificate is valid' },
    { name: "PeerPath certificate page (the holder's)", path: `/certificates/${certificate.id}`, headers: { authorization: `JWT ${holderToken}` }, contains: certificate.code },
  ]
  const targets: Target[] = []
  for (const row of rows) {
    await expectAnswer(row.name, await fetch(`${base}${row.path}`, { headers: row.headers, redirect: 'manual' }), 200, (html) => html.includes(row.contains))
    targets.push({ name: row.name, url: `${base}${row.path}`, headers: row.headers, goal: PAGE_GOAL })
  }
  return targets
}

/** Random pages of the whole progress table, as an admin export or integration would read it. */
const progressListTarget = async (base: string, adminToken: string): Promise<Target> => {
  const headers = { authorization: `JWT ${adminToken}` }
  const pathFor = (page: number) => `/api/progress?limit=${PROGRESS_PAGE_SIZE}&page=${page}&depth=0`
  const first = await fetch(`${base}${pathFor(1)}`, { headers })
  const { totalDocs } = (await first.json()) as { totalDocs: number }
  const pages = Math.max(1, Math.ceil(totalDocs / PROGRESS_PAGE_SIZE))
  const setupRequest = (request: autocannon.Request): autocannon.Request => ({ ...request, path: pathFor(1 + Math.floor(Math.random() * pages)) })
  return {
    name: `PeerPath REST progress list, random page of ${pages} (${totalDocs} rows, admin)`,
    url: `${base}${pathFor(1)}`,
    headers,
    requests: [{ method: 'GET', setupRequest }],
  }
}

/** The rows that need the scale data set, checked once each before they are measured. */
export const scaleTargets = async (base: string, anchorLearners: number, duration: number) => {
  const adminToken = await signIn(base, 'admin@peerpath.example', 'peerpath-demo')
  return {
    progressWrites: await progressWriteTarget(base, adminToken),
    quizSubmit: await quizSubmitTarget(base, adminToken, anchorLearners, duration),
    dashboard: await dashboardTarget(base, anchorLearners),
    managerPages: await managerPageTargets(base, adminToken),
    certificatePages: await certificateTargets(base, adminToken),
    progressList: await progressListTarget(base, adminToken),
  }
}
