import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { createThrowawayDatabase, type ThrowawayDatabase } from '@/db/throwawayDatabase'
import { expect, test } from './fixtures'
import { type RunningServer, startServer, waitUntil } from './faultServer'

/**
 * PeerPath as it is deployed: two identical production instances on one
 * Postgres. What one instance writes must reach the other's caches within a
 * second, limits must add up across them, and reminders go out once.
 */
const PASSWORD = 'peerpath-demo'
const RATE_LIMIT = 6

let database: ThrowawayDatabase
let a: RunningServer
let b: RunningServer
let outbox: string
let sql: pg.Pool

let clients = 0
/** Each sign-in comes from its own client address (through the one trusted proxy hop), so only the limit test meets the limit. */
const nextClient = () => `203.0.113.${++clients}`

const signIn = async (server: RunningServer, email: string, password = PASSWORD) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClient() },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token: string; user: { id: number } }
  return { id: body.user.id, headers: { authorization: `JWT ${body.token}`, 'content-type': 'application/json' } }
}

type Session = Awaited<ReturnType<typeof signIn>>

const call = (server: RunningServer, session: Session, method: string, route: string, body?: unknown) =>
  fetch(`${server.url}${route}`, { method, headers: session.headers, body: body === undefined ? undefined : JSON.stringify(body) })

const page = async (server: RunningServer, session: Session, route: string) => {
  const response = await fetch(`${server.url}${route}`, { headers: { authorization: session.headers.authorization } })
  return { status: response.status, html: await response.text() }
}

/** SQL statements the last GET of `route` cost on `server`. */
const statements = async (server: RunningServer, route: string) => {
  const counted = (await (await fetch(`${server.url}/__queries`)).json()) as { method: string; path: string; queries: number }[]
  const last = counted.filter((entry) => entry.method === 'GET' && entry.path === route).at(-1)
  if (!last) throw new Error(`no count for ${route}`)
  return last.queries
}

/** How long until `check` holds, polling every 50 ms; fails after `limitMs`. */
const within = async (limitMs: number, check: () => Promise<boolean>) => {
  const started = Date.now()
  await waitUntil(check, limitMs)
  return Date.now() - started
}

test.describe.configure({ mode: 'serial', timeout: 300_000 })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  database = await createThrowawayDatabase()
  outbox = mkdtempSync(path.join(tmpdir(), 'peerpath-instances-mail-'))
  const env = {
    AUTH_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    EMAIL_OUTBOX_DIR: outbox,
    TRUST_PROXY: '1',
    // Each instance reports what each request cost in SQL (/__queries): that shows what came from the cache.
    PEERPATH_COUNT_QUERIES: 'true',
  }
  // A first, so only one instance migrates and seeds; B starts on the prepared database.
  a = await startServer(database.url, env)
  b = await startServer(database.url, env)
  sql = new pg.Pool({ connectionString: database.url, max: 2 })
})

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await sql?.end()
  await database?.drop()
  rmSync(outbox, { recursive: true, force: true })
})

test('a curriculum save on A is on B within a second', async () => {
  const admin = await signIn(a, 'admin@peerpath.example')
  const learner = await signIn(b, 'learner@peerpath.example')
  const { rows } = await sql.query<{ id: number; slug: string; module_slug: string }>(
    `select l.id, l.slug, m.slug as module_slug from lessons l join modules m on m.id = l.module_id order by m."order", l."order" limit 1`,
  )
  const lesson = rows[0]
  const route = `/modules/${lesson.module_slug}/lessons/${lesson.slug}`
  // B has the lesson in its cache before the save: a repeat visit reads only the learner's own records.
  expect((await page(b, learner, route)).status).toBe(200)
  const cold = await statements(b, route)
  // (The second visit stores what the first read, if B's listener was still connecting on the first.)
  expect((await page(b, learner, route)).status).toBe(200)
  expect((await page(b, learner, route)).status).toBe(200)
  const cached = await statements(b, route)
  expect(cached).toBeLessThan(cold)

  const title = `Renamed on A ${Date.now()}`
  expect((await call(a, admin, 'PATCH', `/api/lessons/${lesson.id}`, { title })).status).toBe(200)
  const took = await within(1_000, async () => (await page(b, learner, route)).html.includes(title))
  expect(took).toBeLessThan(1_000)
  // The new title was read from the database, not from B's old copy...
  expect(await statements(b, route)).toBeGreaterThan(cached)
  // ...and once the in-flight grace (3 s) has passed, it is cached again.
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  await page(b, learner, route)
  await page(b, learner, route)
  expect(await statements(b, route)).toBe(cached)
})

test('a module made private on A is not readable through B from another organization', async () => {
  const admin = await signIn(a, 'admin@peerpath.example')
  const create = await call(a, admin, 'POST', '/api/organizations', { name: `Other org ${Date.now()}`, slug: `other-org-${Date.now()}` })
  const other = ((await create.json()) as { doc: { id: number } }).doc
  const email = `other-${Date.now()}@test.peerpath.example`
  const made = await call(a, admin, 'POST', '/api/users', { name: 'Olive Other', email, password: PASSWORD, role: 'learner', organization: other.id })
  expect(made.status).toBe(201)
  const outsider = await signIn(b, email)

  const { rows } = await sql.query<{ id: number; slug: string; lesson_id: number; lesson_slug: string }>(
    `select m.id, m.slug, l.id as lesson_id, l.slug as lesson_slug from modules m join lessons l on l.module_id = m.id
      where m.organization_id is null order by m."order" desc, l."order" limit 1`,
  )
  const module = rows[0]
  const moduleRoute = `/modules/${module.slug}`
  const lessonRoute = `${moduleRoute}/lessons/${module.lesson_slug}`
  expect((await page(b, outsider, moduleRoute)).status).toBe(200)
  expect((await page(b, outsider, lessonRoute)).status).toBe(200)
  expect((await page(b, outsider, '/learn')).html).toContain(`href="${moduleRoute}"`)

  const { rows: owners } = await sql.query<{ id: number }>(`select id from organizations where id <> $1 order by id limit 1`, [other.id])
  expect((await call(a, admin, 'PATCH', `/api/modules/${module.id}`, { organization: owners[0].id })).status).toBe(200)

  const took = await within(1_000, async () => (await page(b, outsider, moduleRoute)).status === 404)
  expect(took).toBeLessThan(1_000)
  expect((await page(b, outsider, lessonRoute)).status).toBe(404)
  expect((await page(b, outsider, '/learn')).html).not.toContain(`href="${moduleRoute}"`)
  expect((await call(b, outsider, 'GET', `/api/lessons/${module.lesson_id}`)).status).toBe(404)
  const track = await call(b, outsider, 'POST', '/api/progress/track', { lessonId: module.lesson_id, event: 'view' })
  expect(track.status).toBe(404)
})

test('sign-in limits add up across A and B', async () => {
  const email = `nobody-${Date.now()}@test.peerpath.example`
  const attempt = (server: RunningServer) =>
    fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ email, password: 'wrong password' }),
    }).then((response) => response.status)
  const statuses: number[] = []
  // Alternate between the instances: each alone stays under the limit.
  for (let i = 0; i < RATE_LIMIT + 2; i++) statuses.push(await attempt(i % 2 === 0 ? a : b))
  expect(statuses.slice(0, RATE_LIMIT - 2).every((status) => status !== 429)).toBe(true)
  expect(statuses.slice(RATE_LIMIT)).toEqual([429, 429])
})

test('reminders go out once when both instances run the reminder job', async () => {
  const manager = await signIn(a, 'manager@peerpath.example')
  const learner = await signIn(a, 'learner@peerpath.example')
  const { rows: modules } = await sql.query<{ id: number }>('select id from modules where organization_id is null order by "order" limit 1')
  const { rows: learners } = await sql.query<{ organization_id: number; email: string }>('select organization_id, email from users where id = $1', [learner.id])
  const due = new Date(Date.now() + 2 * 86_400_000).toISOString()
  const assigned = await call(a, manager, 'POST', '/api/assignments', {
    organization: learners[0].organization_id,
    learner: learner.id,
    module: modules[0].id,
    dueDate: due,
  })
  expect(assigned.status).toBe(201)

  // One queued run for each instance, then both run their queue at the same moment.
  await sql.query(`insert into payload_jobs (task_slug, queue, input) values ('sendDueReminders', 'reminders', '{}'), ('sendDueReminders', 'reminders', '{}')`)
  const admin = await signIn(a, 'admin@peerpath.example')
  const runs = await Promise.all(
    [a, b].map((server) => call(server, admin, 'GET', '/api/payload-jobs/run?queue=reminders&disableScheduling=true')),
  )
  // Payload 3.90's Postgres job runner claims jobs with a find, then an update
  // (not atomic), so two runners started at the same moment may both run a job
  // and the slower one then fails on the job the faster one deleted (a 500 on
  // that run; payloadcms/payload#17441 makes claims atomic, after 3.90). What
  // must hold is that the reminder itself is claimed once:
  expect(runs.some((run) => run.status === 200)).toBe(true)
  // A job the race left behind runs at the next turn of the queue; that turn must not send the reminder again either.
  expect((await call(a, admin, 'GET', '/api/payload-jobs/run?queue=reminders&disableScheduling=true')).status).toBe(200)
  const { rows: left } = await sql.query<{ n: number }>(
    `select count(*)::int as n from payload_jobs where task_slug = 'sendDueReminders' and completed_at is null and not coalesce(has_error, false)`,
  )
  expect(left[0].n).toBe(0)

  const toLearner = readdirSync(outbox)
    .map((file) => JSON.parse(readFileSync(path.join(outbox, file), 'utf8')) as { to: string; subject: string })
    .filter((message) => message.to === learners[0].email && /due/i.test(message.subject))
  expect(toLearner).toHaveLength(1)
})
