import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { GET as exportCsv } from '@/app/(site)/manage/export/csv/route'
import { GET as exportPdf } from '@/app/(site)/manage/export/pdf/route'
import { parseCsv } from '@/lib/csv/parse'
import { inTransaction, pgPool } from '@/lib/db'
import { loadDashboard } from '@/lib/org/dashboard'
import { filterLearners, readFilters } from '@/lib/org/filters'
import { api } from '../helpers/api'
import { listenForCacheTags } from '../helpers/cacheTags'
import { completeCourse, createCourse, createUser } from '../helpers/fixtures'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'
import { countQueries } from '../helpers/queryCount'

const DAY = 86_400_000

/** A team of `size` learners in one cohort with the course assigned; every other learner has started it. */
const bulkTeam = async (payload: Payload, size: number, course: Awaited<ReturnType<typeof createCourse>>) => {
  const team = await createTeam(payload, `Dashboard ${size}`)
  const cohort = await payload.create({ collection: 'cohorts', data: { name: `Cohort of ${size}`, organization: team.organization.id } })
  const db = pgPool(payload)
  await db.query(
    `insert into users (name, email, role, organization_id, cohort_id, updated_at, created_at)
     select 'Bulk learner ' || g, 'bulk-' || $3 || '-' || g || '@test.peerpath.example', 'learner', $1, $2, now(), now()
     from generate_series(1, $4::int) g`,
    [team.organization.id, cohort.id, `${size}-${Date.now().toString(36)}`, size - 1],
  )
  await db.query(
    `insert into progress (user_id, lesson_id, module_id, status, started_at, last_seen_at, time_spent_seconds, last_position, updated_at, created_at)
     select id, $2, $3, 'in-progress', now(), now(), 0, 0, now(), now() from users where organization_id = $1 and role = 'learner' and id % 2 = 0`,
    [team.organization.id, course.lesson.id, course.module.id],
  )
  await payload.create({
    collection: 'assignments',
    data: { organization: team.organization.id, cohort: cohort.id, module: course.module.id, dueDate: new Date(Date.now() + 30 * DAY).toISOString() },
  })
  return { team, cohort }
}

const exportAs = (token: string, query = '') =>
  exportCsv(new Request(`http://localhost/manage/export/csv${query}`, { headers: { authorization: `JWT ${token}` } }))

describe('manager dashboard', () => {
  let payload: Payload
  let course: Awaited<ReturnType<typeof createCourse>>
  let small: Awaited<ReturnType<typeof bulkTeam>>
  let large: Awaited<ReturnType<typeof bulkTeam>>

  beforeAll(async () => {
    payload = await testPayload()
    course = await createCourse(payload)
    small = await bulkTeam(payload, 5, course)
    large = await bulkTeam(payload, 500, course)
  })

  it('runs the same number of SQL statements for 5 and for 500 learners', async () => {
    const five = await countQueries(() => loadDashboard(payload, small.team.organization.id, 'en'))
    const fiveHundred = await countQueries(() => loadDashboard(payload, large.team.organization.id, 'en'))
    expect(five.result.learners).toHaveLength(5)
    expect(fiveHundred.result.learners).toHaveLength(500)
    expect(fiveHundred.queries, fiveHundred.statements.join('\n---\n')).toBe(five.queries)
    expect(five.queries).toBeLessThanOrEqual(8)

    const exportFive = await countQueries(async () => (await exportAs(small.team.manager.token)).text())
    const exportFiveHundred = await countQueries(async () => (await exportAs(large.team.manager.token)).text())
    expect(exportFiveHundred.queries, exportFiveHundred.statements.join('\n---\n')).toBe(exportFive.queries)
  })

  it('shows not started, in progress, completed and overdue per assigned module', async () => {
    const team: Team = await createTeam(payload, 'Status Org')
    const finisher = await createUser(payload, 'learner', { organization: team.organization.id })
    const late = await createUser(payload, 'learner', { organization: team.organization.id })
    const assign = (learner: number, dueInDays: number) =>
      payload.create({
        collection: 'assignments',
        data: { organization: team.organization.id, learner, module: course.module.id, dueDate: new Date(Date.now() + dueInDays * DAY).toISOString() },
      })
    await assign(team.learner.user.id, 10)
    await assign(finisher.user.id, 10)
    await assign(late.user.id, -2)

    const statusOf = async (id: number) => (await loadDashboard(payload, team.organization.id, 'en')).learners.find((row) => row.id === id)!
    expect((await statusOf(team.learner.user.id)).overall).toBe('not-started')
    await api('POST', '/progress/track', { token: team.learner.token, body: { lessonId: course.lesson.id, event: 'view' } })
    const started = await statusOf(team.learner.user.id)
    expect(started.overall).toBe('in-progress')
    expect(started.lastActivity).not.toBeNull()
    expect((await statusOf(late.user.id)).overall).toBe('overdue')

    await completeCourse(course, finisher.token)
    const done = await statusOf(finisher.user.id)
    expect(done.overall).toBe('completed')
    expect(done.modules[0]).toMatchObject({ attempts: 1, bestScore: 100, passed: true })
    expect(done.certificates).toBe(1)
  })

  it("tells every instance to drop the organization's cached dashboard when what it shows changes, after commit only", async () => {
    const team = await createTeam(payload, 'Cache Org')
    const heard = await listenForCacheTags()
    try {
      await payload.create({
        collection: 'assignments',
        data: { organization: team.organization.id, learner: team.learner.user.id, module: course.module.id, dueDate: new Date(Date.now() + 10 * DAY).toISOString() },
      })
      await heard.waitFor(`org:${team.organization.id}`)
      heard.clear()
      await api('POST', '/progress/track', { token: team.learner.token, body: { lessonId: course.lesson.id, event: 'view' } })
      await heard.waitFor(`org:${team.organization.id}`)
      heard.clear()
      // A heartbeat only adds minutes: no reason to drop the dashboard.
      await api('POST', '/progress/track', { token: team.learner.token, body: { lessonId: course.lesson.id, event: 'heartbeat' } })
      await createUser(payload, 'learner', { organization: team.organization.id })
      await heard.waitFor(`org:${team.organization.id}`)
      expect(heard.count(`org:${team.organization.id}`)).toBe(1)
      heard.clear()
      // A write that rolls back says nothing.
      await expect(
        inTransaction(payload, async ({ req }) => {
          await payload.create({ collection: 'cohorts', data: { name: 'Never', organization: team.organization.id }, req })
          throw new Error('roll back')
        }),
      ).rejects.toThrow('roll back')
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(heard.count(`org:${team.organization.id}`)).toBe(0)
    } finally {
      await heard.stop()
    }
  })

  it('filters and sorts people', async () => {
    const dashboard = await loadDashboard(payload, large.team.organization.id, 'en')
    const started = filterLearners(dashboard.learners, readFilters({ status: 'in-progress' }))
    expect(started.length).toBeGreaterThan(0)
    expect(started.every((row) => row.overall === 'in-progress')).toBe(true)
    const searched = filterLearners(dashboard.learners, readFilters({ q: 'bulk learner 42' }))
    expect(searched.map((row) => row.name)).toContain('Bulk learner 42')
    const byProgress = filterLearners(dashboard.learners, readFilters({ sort: 'progress', dir: 'desc' }))
    expect(byProgress[0].progressPercent).toBeGreaterThanOrEqual(byProgress.at(-1)!.progressPercent)
    // A bad value is ignored on the page rather than failing it.
    expect(readFilters({ status: 'nonsense', sort: 'name' }).status).toBeUndefined()
  })

  it('exports the view as CSV with a BOM, one row per learner and module, that parses back', async () => {
    const response = await exportAs(small.team.manager.token, `?cohort=${small.cohort.id}`)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const { rows } = parseCsv(new TextDecoder().decode(bytes))
    const [header, ...data] = rows.map((row) => row.cells)
    expect(header[0]).toBe('Name')
    expect(data).toHaveLength(4)
    const dashboard = await loadDashboard(payload, small.team.organization.id, 'en')
    const expected = dashboard.learners.filter((row) => row.cohort?.id === small.cohort.id)
    expect(data.map((cells) => cells[1]).sort()).toEqual(expected.map((row) => row.email).sort())
  })

  it('exports a summary PDF and logs both exports', async () => {
    const response = await exportPdf(new Request('http://localhost/manage/export/pdf', { headers: { authorization: `JWT ${small.team.manager.token}` } }))
    expect(response.status).toBe(200)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const log = await api('GET', '/audit-events?where[action][equals]=report.exported', { token: small.team.manager.token })
    expect(log.body.totalDocs).toBeGreaterThanOrEqual(2)
  })
})
