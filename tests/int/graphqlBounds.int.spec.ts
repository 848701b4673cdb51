import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { STAFF_BOUNDS, VISITOR_BOUNDS } from '@/http/graphqlBounds'
import { POST as graphqlRoute } from '@/app/(payload)/api/graphql/route'
import { gql, type ApiResponse } from '../helpers/api'
import { createCourse, createUser, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/** The review's request: 100 aliases of every lesson's body. */
const aliasAttack = (count: number, limit = 100) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: Lessons(limit: ${limit}) { docs { body } }`).join(' ')} }`

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

const timed = async (run: () => Promise<ApiResponse>) => {
  const started = performance.now()
  const response = await run()
  return { response, ms: performance.now() - started }
}

const refused = (response: ApiResponse, message: RegExp) => {
  // graphql-http answers a refused query 200 (application/json) or 400 (graphql-response+json): either way, no data.
  expect(response.status, response.text.slice(0, 300)).toBeLessThan(500)
  expect(response.body?.data ?? null, response.text.slice(0, 300)).toBeNull()
  expect(JSON.stringify(response.body?.errors ?? response.body)).toMatch(message)
}

describe('GraphQL within bounds', () => {
  let payload: Payload
  let learner: Awaited<ReturnType<typeof createUser>>
  let manager: Awaited<ReturnType<typeof createUser>>
  let trainer: Awaited<ReturnType<typeof createUser>>
  let bigSlugPrefix: string

  beforeAll(async () => {
    payload = await testPayload()
    learner = await createUser(payload, 'learner')
    trainer = await createUser(payload, 'trainer')
    const organization = await payload.create({ collection: 'organizations', data: { name: 'Bounds org', slug: uniqueSlug('org') } })
    manager = await createUser(payload, 'manager', { organization: organization.id })
    // Six published lessons of about 100 KB each: within the document bound, beyond a visitor's byte bound.
    const course = await createCourse(payload)
    bigSlugPrefix = uniqueSlug('big')
    const words = 'Peer support workers share lived experience of recovery. '.repeat(1800)
    for (let i = 0; i < 6; i++) {
      await payload.create({
        collection: 'lessons',
        data: { title: `Long lesson ${i}`, slug: `${bigSlugPrefix}-${i}`, module: course.module.id, order: 10 + i, _status: 'published', body: paragraph(words) },
      })
    }
    // The first GraphQL request builds Payload's schema; time the attack, not that.
    await gql('{ Lessons(limit: 1) { totalDocs } }', { token: learner.token })
  })

  it('refuses the 100-alias attack from a learner quickly, with a small answer', async () => {
    const { response, ms } = await timed(() => gql(aliasAttack(100), { token: learner.token }))
    refused(response, /at most (10 top-level fields|100 documents)/)
    expect(response.text.length).toBeLessThan(5_000)
    expect(ms).toBeLessThan(2_000)
  })

  it('refuses it from a manager and from an anonymous request too', async () => {
    refused(await gql(aliasAttack(100), { token: manager.token }), /at most 100 documents/)
    refused(await gql(aliasAttack(100)), /at most 100 documents/)
    // Small lists, many aliases: the alias bound.
    refused(await gql(aliasAttack(100, 1), { token: learner.token }), /at most 10 top-level fields/)
  })

  it('counts aliases anywhere, and fragments where they are spread', async () => {
    const nested = `{ Lessons(limit: 5) { docs { ${Array.from({ length: 11 }, (_, i) => `b${i}: body`).join(' ')} } } }`
    refused(await gql(nested, { token: learner.token }), /at most 10 aliases/)
    const fragment = `fragment F on Lesson { x1: body x2: body x3: body }
      { Lessons(limit: 5) { docs { ...F a: module { id } } } more: Lessons(limit: 5) { docs { ...F ...F ...F } } }`
    refused(await gql(fragment, { token: learner.token }), /aliases/)
    // Spreads of spreads stop counting at the bound instead of growing without end.
    const fanOut = [
      'fragment A on Lesson { title ...B ...B ...B ...B }',
      'fragment B on Lesson { slug ...C ...C ...C ...C }',
      'fragment C on Lesson { id ...D ...D ...D ...D }',
      'fragment D on Lesson { order ...E ...E ...E ...E }',
      'fragment E on Lesson { title slug id order }',
      '{ Lessons(limit: 1) { docs { ...A } } }',
    ].join(' ')
    const { response, ms } = await timed(() => gql(fanOut, { token: learner.token }))
    refused(response, /more than 500 fields/)
    expect(ms).toBeLessThan(2_000)
  })

  it('caps limit and the documents of one request, literal or variable', async () => {
    refused(await gql('{ Lessons(limit: 1000) { totalDocs } }', { token: learner.token }), /limit must be between 1 and 100/)
    // limit 0 is Payload's "no limit".
    refused(await gql('{ Lessons(limit: 0) { totalDocs } }', { token: learner.token }), /limit must be between/)
    refused(await gql('{ Lessons(pagination: false) { totalDocs } }', { token: learner.token }), /pagination: false/)
    refused(
      await gql('query ($n: Int) { Lessons(limit: $n) { docs { title } } }', { token: learner.token, variables: { n: 5000 } }),
      /limit must be between/,
    )
    refused(await gql('{ a: Lessons(limit: 60) { totalDocs } b: Modules(limit: 60) { totalDocs } }', { token: learner.token }), /at most 100 documents/)
    // Lists with no limit count as Payload's default page of 10.
    const tenLists = `{ ${Array.from({ length: 10 }, (_, i) => `l${i}: Lessons { totalDocs }`).join(' ')} m: Modules(limit: 1) { totalDocs } }`
    refused(await gql(tenLists, { token: learner.token }), /top-level fields|documents/)
  })

  it('refuses batched arrays', async () => {
    const query = '{ Lessons(limit: 1) { docs { title } } }'
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${learner.token}` },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query }))),
    })
    const response = await graphqlRoute(request)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await response.text()).not.toMatch(/"docs"/)
  })

  it('answers a learner a page-sized query', async () => {
    const response = await gql('{ Lessons(limit: 80) { totalDocs docs { title slug } } Modules(limit: 20) { docs { title } } }', { token: learner.token })
    expect(response.status, response.text.slice(0, 300)).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Lessons.docs.length).toBeGreaterThan(0)
    expect(response.text.length).toBeLessThan(VISITOR_BOUNDS.responseBytes)
  })

  it('does not send a learner more than a page of bytes, while a trainer gets it', async () => {
    const query = `{ Lessons(limit: 20, where: { slug: { like: "${bigSlugPrefix}" } }) { docs { slug body } } }`
    const visitor = await gql(query, { token: learner.token })
    expect(visitor.status).toBe(413)
    expect(visitor.text.length).toBeLessThan(1_000)
    expect(visitor.body.errors[0].message).toMatch(/larger than 512 KB/)
    const staff = await gql(query, { token: trainer.token })
    expect(staff.status).toBe(200)
    expect(staff.body.data.Lessons.docs).toHaveLength(6)
    expect(staff.text.length).toBeGreaterThan(VISITOR_BOUNDS.responseBytes)
  })

  it('lets staff work within larger caps, and bounds them too', async () => {
    const work = await gql(aliasAttack(20, 50).replace(/docs \{ body \}/g, 'docs { id title }'), { token: trainer.token })
    expect(work.status, work.text.slice(0, 300)).toBe(200)
    expect(work.body.errors).toBeUndefined()
    expect(Object.keys(work.body.data)).toHaveLength(20)
    refused(await gql(aliasAttack(STAFF_BOUNDS.rootFields + 1, 1), { token: trainer.token }), /at most 50 top-level fields/)
    refused(await gql(aliasAttack(100), { token: trainer.token }), /at most 2000 documents/)
    refused(await gql('{ Lessons(limit: 5000) { totalDocs } }', { token: trainer.token }), /limit must be between 1 and 500/)
  })
})
