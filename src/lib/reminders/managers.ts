import type { Pool } from 'pg'

export interface Recipient {
  id: number
  email: string
  name: string
  locale: 'en' | 'es'
}

export const localeOf = (value: string | null | undefined): 'en' | 'es' => (value === 'es' ? 'es' : 'en')

/** The active managers of each organization, in one query. */
export const managersByOrganization = async (pool: Pool, organizationIds: number[]): Promise<Map<number, Recipient[]>> => {
  const byOrganization = new Map<number, Recipient[]>()
  if (organizationIds.length === 0) return byOrganization
  const { rows } = await pool.query<{ id: number; email: string; name: string; preferred_locale: string | null; organization_id: number }>(
    `select id, email, name, preferred_locale::text, organization_id from users
      where role = 'manager' and deactivated_at is null and organization_id = any($1::int[])`,
    [organizationIds],
  )
  for (const row of rows) {
    const recipient = { id: row.id, email: row.email, name: row.name, locale: localeOf(row.preferred_locale) }
    byOrganization.set(row.organization_id, [...(byOrganization.get(row.organization_id) ?? []), recipient])
  }
  return byOrganization
}
