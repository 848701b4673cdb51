import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { SignJWT } from 'jose'
import { JWT_AUTH_VERSION } from 'payload'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../../src/http/app'
import { PAYLOAD_JWT_AUTH_VERSION } from '../../src/lib/auth/sessionUser'
import { forgetDashboard } from '../../src/lib/org/dashboardCache'
import { clearPublishedCache } from '../../src/lib/site/publishedCache'
import { api } from '../helpers/api'
import { createCourse, createUser, rightAnswers } from '../helpers/fixtures'
import { listen } from '../helpers/http'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

/**
 * Stands in for Next: every request that reaches it is counted, so a test can
 * tell an answer of the fast lane from one Next gave.
 */
const stubNext = () => {
  const seen: string[] = []
  const handler: RequestHandler = (req, res) => {
    seen.push(`${req.method} ${req.path}`)
    if (req.path.includes('missing')) return void res.status(404).type('html').send('<p>not found</p>')
    if (req.method === 'POST') return void res.status(299).json({ answeredBy: 'payload' })
    res.type('html').send(`<html><body>render ${seen.length} of ${req.path}</body></html>`)
  }
  return { handler, seen }
}

describe('the fast lane answers hot learner requests exactly as Payload would', () => {
  let payload: Payload
  let server: Awaited<ReturnType<typeof listen>>
  let next: ReturnType<typeof stubNext>
  let team: Team
  let other: Team
  let course: Awaited<ReturnType<typeof createCourse>>
  let privateOther: Awaited<ReturnType<typeof createCourse>>

  const lessonPath = () => `/modules/${course.module.slug}/lessons/${course.lesson.slug}`
  const as = (token: string, extra: Record<string, string> = {}) => ({ authorization: `JWT ${token}`, ...extra })
  const post = (path: string, token: string | null, body: string) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? as(token) : {}) }, body })

  beforeAll(async () => {
    payload = await testPayload()
    next = stubNext()
    server = await listen(createApp({ databaseUrl: process.env.DATABASE_URL!, logger: pino({ level: 'silent' }), dev: false, nextHandler: next.handler }).app)
    team = await createTeam(payload, 'Lane org')
    other = await createTeam(payload, 'Other lane org')
    course = await createCourse(payload)
    privateOther = await createCourse(payload)
    await payload.update({ collection: 'modules', id: privateOther.module.id, data: { organization: other.organization.id } })
  })
  afterAll(() => server.close())

  describe('sessions', () => {
    it('uses the same token version as Payload', () => {
      expect(PAYLOAD_JWT_AUTH_VERSION).toBe(JWT_AUTH_VERSION)
    })

    it('records progress for a valid session without reaching Payload, and writes the row', async () => {
      const before = next.seen.length
      const response = await post('/api/progress/track', team.learner.token, JSON.stringify({ lessonId: course.lesson.id, event: 'view', position: 10 }))
      expect(response.status).toBe(200)
      expect((await response.json()).progress).toMatchObject({ status: 'in-progress', lastPosition: 10, started: true })
      expect(next.seen.length).toBe(before)
      const rows = await payload.find({ collection: 'progress', where: { user: { equals: team.learner.user.id } }, overrideAccess: true })
      expect(rows.docs.map((row) => row.lastPosition)).toEqual([10])
    })

    it('leaves requests without a valid session to Payload: none, tampered, foreign-signed, expired, logged out', async () => {
      const body = JSON.stringify({ lessonId: course.lesson.id, event: 'view' })
      const [header, claims] = team.learner.token.split('.')
      const forged = await new SignJWT({ id: team.learner.user.id, collection: 'users', email: team.learner.user.email, sid: 'x' })
        .setProtectedHeader({ alg: 'HS256', authVersion: JWT_AUTH_VERSION })
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('not-the-secret'))
      const expired = await new SignJWT({ id: team.learner.user.id, collection: 'users', email: team.learner.user.email, sid: 'x' })
        .setProtectedHeader({ alg: 'HS256', authVersion: JWT_AUTH_VERSION })
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(new TextEncoder().encode(payload.secret))
      const { token: loggedOut } = await createUser(payload, 'learner', { organization: team.organization.id })
      expect((await api('POST', '/users/logout', { token: loggedOut })).status).toBe(200)

      for (const token of [null, `${header}.${claims}.AAAA`, forged, expired, loggedOut]) {
        const before = next.seen.length
        const response = await post('/api/progress/track', token, body)
        expect(response.status, String(token).slice(0, 12)).toBe(299)
        expect(next.seen.length).toBe(before + 1)
      }
    })

    it('takes the session cookie only from an allowed origin, as Payload does', async () => {
      const cookie = `payload-token=${team.learner.token}`
      const body = JSON.stringify({ lessonId: course.lesson.id, event: 'heartbeat' })
      const send = (headers: Record<string, string>) =>
        fetch(`${server.url}/api/progress/track`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body })
      expect((await send({ origin: 'https://evil.example' })).status).toBe(299)
      expect((await send({})).status).toBe(299)
      expect((await send({ 'sec-fetch-site': 'cross-site' })).status).toBe(299)
      expect((await send({ 'sec-fetch-site': 'same-origin' })).status).toBe(200)
    })
  })

  describe('writes', () => {
    it('answers bad input with the same 4xx JSON as the Payload endpoint, writing nothing', async () => {
      const cases: [string, number, RegExp][] = [
        ['{"lessonId":', 400, /not valid JSON/],
        ['', 400, /not valid JSON/],
        [JSON.stringify({ lessonId: course.lesson.id, event: 'view', score: 100 }), 400, /invalid/],
        [JSON.stringify({ lessonId: -1, event: 'view' }), 400, /invalid/],
        [JSON.stringify({ lessonId: privateOther.lesson.id, event: 'complete' }), 404, /not found/i],
        [JSON.stringify({ lessonId: 999_999_999, event: 'view' }), 404, /not found/i],
      ]
      for (const [body, status, error] of cases) {
        const viaLane = await post('/api/progress/track', team.learner.token, body)
        const viaPayload = await api('POST', '/progress/track', { token: team.learner.token, rawBody: body })
        const laneBody = await viaLane.json()
        expect(viaLane.status, body).toBe(status)
        expect(laneBody.error).toMatch(error)
        expect(viaPayload.status, body).toBe(status)
        expect(viaPayload.body).toEqual(laneBody)
      }
      const rows = await payload.find({ collection: 'progress', where: { lesson: { equals: privateOther.lesson.id } }, overrideAccess: true })
      expect(rows.totalDocs).toBe(0)
    })

    it('grades a quiz, records the attempt and issues the certificate, never sending the answer key', async () => {
      const { token, user } = await createUser(payload, 'learner', { organization: team.organization.id })
      expect((await post('/api/progress/track', token, JSON.stringify({ lessonId: course.lesson.id, event: 'complete' }))).status).toBe(200)
      const response = await post('/api/quiz-attempts/submit', token, JSON.stringify({ quizId: course.quiz.id, answers: rightAnswers(course.quiz) }))
      const text = await response.text()
      expect(response.status).toBe(201)
      expect(JSON.parse(text)).toMatchObject({ attempt: { attemptNumber: 1, attemptsLeft: 2 }, certificate: { code: expect.any(String) } })
      expect(text).not.toContain('SECRET-ACCEPTED-ANSWER')
      const certificates = await payload.find({ collection: 'certificates', where: { user: { equals: user.id } }, overrideAccess: true })
      expect(certificates.totalDocs).toBe(1)
    })

    it("refuses another organization's private quiz", async () => {
      const response = await post('/api/quiz-attempts/submit', team.learner.token, JSON.stringify({ quizId: privateOther.quiz.id, answers: [] }))
      expect(response.status).toBe(404)
      const attempts = await payload.find({ collection: 'quiz-attempts', where: { quiz: { equals: privateOther.quiz.id } }, overrideAccess: true })
      expect(attempts.totalDocs).toBe(0)
    })
  })

  describe('kept pages', () => {
    const get = (path: string, token: string | null, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, { headers: { ...(token ? as(token) : {}), ...headers } })

    it('renders a lesson page once per variant and serves the copy to the next reader of that variant', async () => {
      clearPublishedCache()
      const { token: reader } = await createUser(payload, 'learner', { organization: team.organization.id })
      const { token: second } = await createUser(payload, 'learner', { organization: team.organization.id })
      const first = await get(lessonPath(), reader)
      const firstHtml = await first.text()
      expect(first.headers.get('x-peerpath-page')).toBeNull()
      const kept = await get(lessonPath(), second)
      expect(kept.headers.get('x-peerpath-page')).toBe('kept')
      expect(await kept.text()).toBe(firstHtml)
    })

    it('renders afresh for another language, role, organization or completion state', async () => {
      clearPublishedCache()
      const { token } = await createUser(payload, 'learner', { organization: team.organization.id })
      const renders = () => next.seen.filter((entry) => entry === `GET ${lessonPath()}`).length
      const start = renders()
      await get(lessonPath(), token)
      await get(lessonPath(), token)
      expect(renders()).toBe(start + 1)
      await get(lessonPath(), token, { cookie: 'peerpath-locale=es' })
      expect(renders()).toBe(start + 2)
      await get(lessonPath(), team.manager.token)
      expect(renders()).toBe(start + 3)
      await get(lessonPath(), other.learner.token)
      expect(renders()).toBe(start + 4)
      await post('/api/progress/track', token, JSON.stringify({ lessonId: course.lesson.id, event: 'complete' }))
      await get(lessonPath(), token)
      expect(renders()).toBe(start + 5)
    })

    it('never serves a kept page without a live session, to Next protocol requests, or for what was not a 200', async () => {
      clearPublishedCache()
      const { token } = await createUser(payload, 'learner', { organization: team.organization.id })
      await get(lessonPath(), token)
      expect((await get(lessonPath(), token)).headers.get('x-peerpath-page')).toBe('kept')

      const { token: leaving } = await createUser(payload, 'learner', { organization: team.organization.id })
      await api('POST', '/users/logout', { token: leaving })
      for (const [who, headers] of [
        [null, {}],
        [leaving, {}],
        [token, { rsc: '1' }],
        [token, { 'next-router-prefetch': '1' }],
      ] as const) {
        const response = await get(lessonPath(), who, headers)
        expect(response.headers.get('x-peerpath-page')).toBeNull()
      }
      const missing = `/modules/${course.module.slug}/lessons/missing-lesson`
      await get(missing, token)
      const again = await get(missing, token)
      expect(again.status).toBe(404)
      expect(again.headers.get('x-peerpath-page')).toBeNull()
    })

    it('renders afresh once curriculum is saved', async () => {
      const { token } = await createUser(payload, 'learner', { organization: team.organization.id })
      await get(lessonPath(), token)
      expect((await get(lessonPath(), token)).headers.get('x-peerpath-page')).toBe('kept')
      await payload.update({ collection: 'lessons', id: course.lesson.id, data: { title: 'Test lesson, revised' } })
      expect((await get(lessonPath(), token)).headers.get('x-peerpath-page')).toBeNull()
    })

    it("keeps a manager's dashboard until the organization's data changes, and never for learners", async () => {
      const dashboard = () => get('/manage', team.manager.token)
      await dashboard()
      expect((await dashboard()).headers.get('x-peerpath-page')).toBe('kept')
      forgetDashboard(team.organization.id)
      expect((await dashboard()).headers.get('x-peerpath-page')).toBeNull()
      await get('/manage', team.learner.token)
      expect((await get('/manage', team.learner.token)).headers.get('x-peerpath-page')).toBeNull()
    })
  })
})
