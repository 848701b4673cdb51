import { sql } from '@payloadcms/db-postgres'
import { describe, expect, it } from 'vitest'

import { scanPublishedContent } from '@/lib/language/scanPublished'
import { api } from '../helpers/api'
import { createUser, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

describe('the language check on competencies', () => {
  it('refuses a competency whose text has findings, in either language, and saves it once revised', async () => {
    const payload = await testPayload()
    const trainer = await createUser(payload, 'trainer')
    const code = uniqueSlug('C-TEST').toUpperCase().slice(0, 40)

    const refused = await api('POST', '/competencies', {
      token: trainer.token,
      body: { code, order: 99, title: 'Supports the addict', description: 'Helps consumers who relapsed.' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/addict.*person with a substance use disorder/)

    const created = await api('POST', '/competencies', {
      token: trainer.token,
      body: { code, order: 99, title: 'Supports people in recovery', description: 'Helps people who returned to use.' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const spanish = await api('PATCH', `/competencies/${id}?locale=es`, {
      token: trainer.token,
      body: { title: 'Apoya a personas en recuperación', description: 'Acompaña a quien padece esquizofrenia.' },
    })
    expect(spanish.status).toBe(400)
    expect(JSON.stringify(spanish.body)).toMatch(/padece/)

    // Text that reached the database around the hook (a script, a restore) is still caught by `npm run lint:language`.
    await payload.db.drizzle.execute(
      sql`insert into competencies_locales (title, _locale, _parent_id) values ('Apoya a un adicto', 'es', ${id})
          on conflict (_locale, _parent_id) do update set title = excluded.title`,
    )
    const found = (await scanPublishedContent(payload)).filter((finding) => finding.collection === 'competencies' && finding.slug === code)
    expect(found).toMatchObject([{ locale: 'es', field: 'title', term: 'adicto', rule: 'es-adicto' }])

    await payload.delete({ collection: 'competencies', id, overrideAccess: true })
  })
})
