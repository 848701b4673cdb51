import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import type { EmbeddedDatabase } from '@/db/embedded'

import { freePort } from '@/db/freePort'
import { type RunningServer, signInLearner, startDatabase, startServer, waitUntil } from './faultServer'
import { expect, test } from './fixtures'

test.describe.configure({ mode: 'serial', timeout: 240_000 })

let dataDir: string
let pgPort: number
let db: EmbeddedDatabase
let server: RunningServer | undefined

const sql = async <T>(query: string, params: unknown[] = []) => {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    return (await client.query(query, params)).rows as T[]
  } finally {
    await client.end()
  }
}

const lessonIds = async (url: string, headers: Record<string, string>) => {
  const body = (await (await fetch(`${url}/api/lessons?limit=6&depth=0&sort=id`, { headers })).json()) as { docs: { id: number }[] }
  return body.docs.map((lesson) => lesson.id)
}

const track = (url: string, headers: Record<string, string>, lessonId: number, event: 'view' | 'heartbeat' | 'complete') =>
  fetch(`${url}/api/progress/track`, { method: 'POST', headers, body: JSON.stringify({ lessonId, event }) })

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'peerpath-faults-'))
  pgPort = await freePort()
  db = await startDatabase(dataDir, pgPort)
})

test.afterAll(async () => {
  await server?.stop()
  await db.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('with Postgres stopped mid-run, requests fail fast with 503 and everything recovers when it returns', async () => {
  server = await startServer(db.url)
  const learner = await signInLearner(server.url)
  const lessons = await lessonIds(server.url, learner.headers)
  const acknowledged: number[] = []
  // Opened, then completed once the minimum time on task (shortened by PEERPATH_MIN_TIME_SCALE) has passed.
  for (const lessonId of lessons.slice(0, 3)) await track(server.url, learner.headers, lessonId, 'view')
  for (const lessonId of lessons.slice(0, 3)) {
    await expect.poll(async () => (await track(server!.url, learner.headers, lessonId, 'complete')).status, { timeout: 30_000, intervals: [1_000] }).toBe(200)
    acknowledged.push(lessonId)
  }
  expect(acknowledged).toHaveLength(3)

  await db.stop()
  // The server notices within its probe interval (1 s); from then on every request is a quick 503.
  const health = await fetch(`${server.url}/healthz`)
  expect(health.status).toBe(503)
  expect(await health.json()).toMatchObject({ db: 'down' })
  for (const request of [
    () => fetch(`${server!.url}/api/lessons?limit=1`, { headers: learner.headers }),
    () => track(server!.url, learner.headers, lessons[3], 'complete'),
  ]) {
    const started = Date.now()
    const response = await request()
    expect(response.status).toBe(503)
    expect((await response.json()).error).toBeTruthy()
    expect(Date.now() - started).toBeLessThan(3_000)
  }
  const page = await fetch(`${server.url}/learn`, { headers: { accept: 'text/html' } })
  expect(page.status).toBe(503)
  expect(await page.text()).toContain('temporarily unavailable')

  // Same files, same port, no server restart.
  const restarted = Date.now()
  db = await startDatabase(dataDir, pgPort)
  const recoveredAt = await waitUntil(async () => (await fetch(`${server!.url}/api/lessons?limit=1`, { headers: learner.headers })).ok, 10_000)
  expect(recoveredAt - restarted).toBeLessThan(10_000)
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

  const stored = await sql<{ lesson_id: number }>(`select lesson_id from progress where user_id = $1 and status = 'completed'`, [learner.userId])
  expect(stored.map((row) => row.lesson_id)).toEqual(expect.arrayContaining(acknowledged))
})

test('kill -9 during a burst of progress writes leaves no partial or duplicate rows', async () => {
  server ??= await startServer(db.url)
  const learner = await signInLearner(server.url)
  const lessons = await lessonIds(server.url, learner.headers)
  const events = ['view', 'heartbeat', 'complete'] as const
  const acknowledged = new Set<number>()
  let answered = 0
  const burst = Array.from({ length: 300 }, (_, index) => {
    const lessonId = lessons[index % lessons.length]
    return track(server!.url, learner.headers, lessonId, events[index % events.length])
      .then((response) => {
        if (!response.ok) return
        answered++
        acknowledged.add(lessonId)
      })
      .catch(() => undefined)
  })
  // Kill once some writes have been acknowledged and others are still in flight.
  await waitUntil(async () => answered > 0, 20_000)
  server.process.kill('SIGKILL')
  await Promise.all(burst)
  // The kill landed mid-burst: some writes were acknowledged, not all.
  expect(answered).toBeGreaterThan(0)
  expect(answered).toBeLessThan(300)

  server = await startServer(db.url)
  const duplicates = await sql(`select user_id, lesson_id from progress group by 1, 2 having count(*) > 1`)
  expect(duplicates).toEqual([])
  const partial = await sql(
    `select id from progress where user_id is null or lesson_id is null or module_id is null or status is null
       or started_at is null or last_seen_at is null or time_spent_seconds is null or last_position is null
       or (status = 'completed') <> (completed_at is not null)`,
  )
  expect(partial).toEqual([])
  const rows = await sql<{ lesson_id: number }>(`select lesson_id from progress where user_id = $1`, [learner.userId])
  expect(rows.map((row) => row.lesson_id)).toEqual(expect.arrayContaining([...acknowledged]))
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
})
