import type { Payload } from 'payload'

import type { AppLocale } from '@/lib/locales'

import { validCertificate } from '@/lib/certificates/round'
import { pgPool } from '@/lib/db'
import { LEARNER_MODULES_CTE } from './assignmentSql'
import type { CohortSummary, Dashboard, LearnerModule, LearnerRow } from './dashboardTypes'
import { moduleStatus, summarizeLearner } from './status'

export type { CohortSummary, Dashboard, LearnerModule, LearnerRow, ModuleStatus } from './dashboardTypes'

const WEEKS_CHARTED = 12
/**
 * The organization's people first, then their rows by the (user, …) indexes:
 * otherwise the planner walks every progress row of every organization.
 */
const ORG_USERS = 'org_users as materialized (select id from users where organization_id = $1)'
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)
const key = (user: number, module: number) => `${user}:${module}`

/**
 * Everything the manager dashboard shows for one organization, in a fixed
 * number of aggregate queries (eight, run in parallel) whatever the team's
 * size. The queries are scoped to `organizationId`, which callers take from
 * the signed-in manager's own record, never from the request.
 */
export const loadDashboard = async (payload: Payload, organizationId: number, locale: AppLocale, now = new Date()): Promise<Dashboard> => {
  const db = pgPool(payload)
  const org = [organizationId]
  const [learners, assigned, modules, progress, attempts, certificates, competencies, cohorts] = await Promise.all([
    db.query<{ id: number; name: string; email: string; cohort_id: number | null; created_at: Date }>(
      `select id, name, email, cohort_id, created_at from users where organization_id = $1 and role = 'learner' and deactivated_at is null order by name, id`,
      org,
    ),
    db.query<{ user_id: number; module_id: number; due: Date }>(
      `with ${LEARNER_MODULES_CTE} select user_id, module_id, min(due_date) as due from learner_modules group by 1, 2`,
      org,
    ),
    db.query<{ id: number; slug: string; order: number; title: string; lesson_count: number }>(
      `select m.id, m.slug, m."order"::float8 as "order",
              coalesce(own.title, en.title) as title,
              (select count(*)::int from lessons l where l.module_id = m.id and l._status = 'published') as lesson_count
       from modules m
       left join modules_locales own on own._parent_id = m.id and own._locale::text = $2
       left join modules_locales en on en._parent_id = m.id and en._locale = 'en'
       where m._status = 'published' and (m.organization_id is null or m.organization_id = $1)`,
      [organizationId, locale],
    ),
    db.query<{ user_id: number; module_id: number; done: number; last_seen: Date }>(
      `with ${ORG_USERS} select p.user_id, p.module_id, (count(*) filter (where p.status = 'completed'))::int as done,
              max(p.last_seen_at) as last_seen
       from org_users u join progress p on p.user_id = u.id
       where p.lesson_id = any(array(select id from lessons where _status = 'published')) group by 1, 2`,
      org,
    ),
    db.query<{ user_id: number; module_id: number; attempts: number; best: number | null; passed: boolean; last_at: Date }>(
      `with ${ORG_USERS} select a.user_id, a.module_id, count(*)::int as attempts, max(a.score)::float8 as best,
              bool_or(a.passed) as passed, max(a.submitted_at) as last_at
       from org_users u join quiz_attempts a on a.user_id = u.id group by 1, 2`,
      org,
    ),
    db.query<{ user_id: number; module_id: number; code: string; issued_at: Date }>(
      `with ${ORG_USERS} select c.user_id, c.module_id, c.code, c.issued_at
       from org_users u join certificates c on c.user_id = u.id where ${validCertificate('c')}`,
      org,
    ),
    db.query<{ user_id: number | null; covered: number }>(
      `with ${ORG_USERS} select p.user_id, count(distinct r.competencies_id)::int as covered
       from org_users u join progress p on p.user_id = u.id
       join lessons_rels r on r.parent_id = p.lesson_id and r.path = 'competencies'
       where p.status = 'completed' group by 1
       union all select null, count(*)::int from competencies`,
      org,
    ),
    db.query<{ id: number; name: string }>(`select id, name from cohorts where organization_id = $1 order by name`, org),
  ])

  const moduleById = new Map(modules.rows.map((row) => [row.id, row]))
  const progressBy = new Map(progress.rows.map((row) => [key(row.user_id, row.module_id), row]))
  const attemptsBy = new Map(attempts.rows.map((row) => [key(row.user_id, row.module_id), row]))
  const certificateBy = new Map(certificates.rows.map((row) => [key(row.user_id, row.module_id), row]))
  const coverage = new Map(competencies.rows.filter((row) => row.user_id !== null).map((row) => [row.user_id!, row.covered]))
  const competencyTotal = competencies.rows.find((row) => row.user_id === null)?.covered ?? 0
  const certificateCount = new Map<number, number>()
  for (const row of certificates.rows) certificateCount.set(row.user_id, (certificateCount.get(row.user_id) ?? 0) + 1)
  const cohortById = new Map(cohorts.rows.map((row) => [row.id, row]))
  const assignedBy = new Map<number, { module_id: number; due: Date }[]>()
  for (const row of assigned.rows) {
    if (!moduleById.has(row.module_id)) continue
    const list = assignedBy.get(row.user_id) ?? []
    list.push(row)
    assignedBy.set(row.user_id, list)
  }

  const rows: LearnerRow[] = learners.rows.map((learner) => {
    const modulesOfLearner = (assignedBy.get(learner.id) ?? [])
      .map(({ module_id, due }): LearnerModule => {
        const module = moduleById.get(module_id)!
        const k = key(learner.id, module_id)
        const p = progressBy.get(k)
        const a = attemptsBy.get(k)
        const c = certificateBy.get(k)
        const lastActivity = [p?.last_seen, a?.last_at].filter(Boolean).map((d) => new Date(d!).getTime())
        return {
          moduleId: module_id,
          title: module.title,
          slug: module.slug,
          due: iso(due)!,
          status: moduleStatus({ completed: Boolean(c), started: Boolean(p || a), due, now }),
          lessonsDone: p?.done ?? 0,
          lessonCount: module.lesson_count,
          attempts: a?.attempts ?? 0,
          bestScore: a?.best ?? null,
          passed: a?.passed ?? false,
          certificateCode: c?.code ?? null,
          completedAt: iso(c?.issued_at),
          lastActivity: lastActivity.length ? new Date(Math.max(...lastActivity)).toISOString() : null,
        }
      })
      .sort((x, y) => (moduleById.get(x.moduleId)!.order - moduleById.get(y.moduleId)!.order) || x.moduleId - y.moduleId)
    const cohort = learner.cohort_id ? cohortById.get(learner.cohort_id) ?? null : null
    return summarizeLearner({
      id: learner.id,
      name: learner.name,
      email: learner.email,
      cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
      joinedAt: iso(learner.created_at)!,
      modules: modulesOfLearner,
      competencies: coverage.get(learner.id) ?? 0,
      certificates: certificateCount.get(learner.id) ?? 0,
    })
  })

  return {
    organizationId,
    generatedAt: now.toISOString(),
    competencyTotal,
    learners: rows,
    cohorts: summarizeCohorts(rows, cohorts.rows),
    completionOverTime: completionOverTime(rows, now),
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100))

const summarizeCohorts = (rows: LearnerRow[], cohorts: { id: number; name: string }[]): CohortSummary[] =>
  cohorts.map((cohort) => {
    const members = rows.filter((row) => row.cohort?.id === cohort.id)
    const assigned = members.reduce((sum, row) => sum + row.assignedModules, 0)
    const completed = members.reduce((sum, row) => sum + row.completedModules, 0)
    return {
      id: cohort.id,
      name: cohort.name,
      members: members.length,
      completionPercent: percent(completed, assigned),
      overdueModules: members.reduce((sum, row) => sum + row.overdueModules, 0),
      averageCompetencies: members.length ? Math.round((members.reduce((sum, row) => sum + row.competencies, 0) / members.length) * 10) / 10 : 0,
    }
  })

/** Modules completed per week (by certificate date) and the running share of all assigned modules. */
const completionOverTime = (rows: LearnerRow[], now: Date) => {
  const all = rows.flatMap((row) => row.modules)
  const completedAt = all.map((module) => (module.completedAt ? new Date(module.completedAt).getTime() : null))
  const weekStart = (date: Date) => {
    const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
    start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7))
    return start
  }
  const first = weekStart(now)
  first.setUTCDate(first.getUTCDate() - 7 * (WEEKS_CHARTED - 1))
  return Array.from({ length: WEEKS_CHARTED }, (_, index) => {
    const start = new Date(first)
    start.setUTCDate(first.getUTCDate() + 7 * index)
    const end = new Date(start)
    end.setUTCDate(start.getUTCDate() + 7)
    return {
      weekStart: start.toISOString().slice(0, 10),
      completed: completedAt.filter((t) => t !== null && t >= start.getTime() && t < end.getTime()).length,
      cumulativePercent: percent(completedAt.filter((t) => t !== null && t < end.getTime()).length, all.length),
    }
  })
}
