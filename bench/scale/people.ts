import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { SERVICE_SETTINGS } from '../../collections/Organizations'

import { SCALE_EMAIL_DOMAIN, SCALE_EMAIL_PATTERN, SCALE_NOTE, SCALE_PASSWORD, managerEmail } from './markers'
import type { ScalePlan } from './plan'

export interface SeededOrg {
  id: number
  number: number
  managerId: number
}

export const insertOrganizations = async (pool: Pool, plan: ScalePlan): Promise<Map<number, number>> => {
  const { rows } = await pool.query<{ id: number; slug: string }>(
    `insert into organizations (name, slug, state, service_setting)
     select name, slug, 'PA', ($3::text[])[1 + (number % array_length($3::text[], 1))]::enum_organizations_service_setting
     from unnest($1::text[], $2::text[]) with ordinality as o(name, slug, number)
     returning id, slug`,
    [plan.orgs.map((org) => org.name), plan.orgs.map((org) => org.slug), [...SERVICE_SETTINGS]],
  )
  const idBySlug = new Map(rows.map((row) => [row.slug, row.id]))
  return new Map(plan.orgs.map((org) => [org.number, idBySlug.get(org.slug)!]))
}

/**
 * One manager goes through the Local API so Payload hashes the password its
 * own way; every other bench account copies that salt and hash, which makes
 * them all sign in with SCALE_PASSWORD without 10 000 key derivations.
 */
export const createTemplateManager = async (payload: Payload, pool: Pool, organization: number) => {
  const user = await payload.create({
    collection: 'users',
    data: { email: managerEmail(1), name: 'Scale Manager 1', role: 'manager', organization, password: SCALE_PASSWORD },
  })
  const { rows } = await pool.query<{ salt: string; hash: string }>('select salt, hash from users where id = $1', [user.id])
  return { id: user.id, salt: rows[0].salt, hash: rows[0].hash }
}

export const insertManagers = async (pool: Pool, orgIds: Map<number, number>, credentials: { salt: string; hash: string }) => {
  const others = [...orgIds].filter(([number]) => number !== 1)
  await pool.query(
    `insert into users (name, email, role, organization_id, salt, hash)
     select 'Scale Manager ' || number, 'manager-' || number || '@' || $3, 'manager', org_id, $4, $5
     from unnest($1::int[], $2::int[]) as o(number, org_id)`,
    [others.map(([number]) => number), others.map(([, id]) => id), SCALE_EMAIL_DOMAIN, credentials.salt, credentials.hash],
  )
}

export const insertCohorts = async (pool: Pool, plan: ScalePlan, orgIds: Map<number, number>) => {
  const { rowCount } = await pool.query(
    `insert into cohorts (name, organization_id, starts_on)
     select 'Scale cohort ' || k, org_id, date_trunc('day', now()) - make_interval(days => 90 - ((k * 17) % 120))
     from unnest($1::int[], $2::int[]) as o(org_id, cohorts), generate_series(1, cohorts) as k`,
    [plan.orgs.map((org) => orgIds.get(org.number)!), plan.orgs.map((org) => org.cohorts)],
  )
  return rowCount ?? 0
}

/**
 * Learners round-robin over their organization's cohorts; every twentieth has
 * none, as happens when someone joins between intakes.
 */
export const insertLearners = async (pool: Pool, plan: ScalePlan, orgIds: Map<number, number>, credentials: { salt: string; hash: string }) => {
  const { rowCount } = await pool.query(
    `insert into users (name, email, role, organization_id, cohort_id, salt, hash, preferred_locale, created_at, updated_at)
     select 'Scale Learner ' || o.number || '-' || i, 'learner-' || o.number || '-' || i || '@' || $5, 'learner', o.org_id,
            case when i % 20 = 0 then null else c.id end, $6, $7,
            (case when i % 4 = 0 then 'es' else 'en' end)::enum_users_preferred_locale,
            now() - make_interval(days => (i * 7) % 180), now()
     from unnest($1::int[], $2::int[], $3::int[], $4::int[]) as o(number, org_id, learners, cohorts)
     cross join generate_series(1, o.learners) as i
     left join cohorts c on c.organization_id = o.org_id and c.name = 'Scale cohort ' || ((i - 1) % o.cohorts + 1)`,
    [
      plan.orgs.map((org) => org.number),
      plan.orgs.map((org) => orgIds.get(org.number)!),
      plan.orgs.map((org) => org.learners),
      plan.orgs.map((org) => org.cohorts),
      SCALE_EMAIL_DOMAIN,
      credentials.salt,
      credentials.hash,
    ],
  )
  return rowCount ?? 0
}

/** The toolkit path to every bench cohort, due between 60 days ago and 60 days ahead. */
export const insertAssignments = async (pool: Pool, orgIds: Map<number, number>, toolkitPathId: number) => {
  const { rowCount } = await pool.query(
    `insert into assignments (organization_id, cohort_id, path_id, due_date, note, assigned_by_id)
     select c.organization_id, c.id, $2, date_trunc('day', now()) + make_interval(days => ((c.id * 37) % 121) - 60), $3, m.id
     from cohorts c
     left join users m on m.organization_id = c.organization_id and m.role = 'manager' and m.email like $4
     where c.organization_id = any($1::int[])`,
    [[...orgIds.values()], toolkitPathId, SCALE_NOTE, SCALE_EMAIL_PATTERN],
  )
  return rowCount ?? 0
}
