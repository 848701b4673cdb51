import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { createCourse, createUser, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

describe('bad input to the REST API', () => {
  let payload: Payload
  let trainer: Awaited<ReturnType<typeof createUser>>
  let course: Awaited<ReturnType<typeof createCourse>>

  beforeAll(async () => {
    payload = await testPayload()
    trainer = await createUser(payload, 'trainer')
    course = await createCourse(payload)
  })

  const lessonCount = async () => (await payload.count({ collection: 'lessons' })).totalDocs

  it('wrong types get a 400 with a readable error and write nothing', async () => {
    const before = await lessonCount()
    const response = await api('POST', '/lessons', {
      token: trainer.token,
      body: { title: 'Typed wrong', slug: uniqueSlug('typed'), module: course.module.id, order: 'first', _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(typeof response.body.error).toBe('string')
    expect(response.text).not.toMatch(/\bat \w+ \(|node_modules/)
    expect(await lessonCount()).toBe(before)
  })

  it('a missing required field is a 400 naming the field', async () => {
    const response = await api('POST', '/lessons', {
      token: trainer.token,
      body: { slug: uniqueSlug('untitled'), module: course.module.id, _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.details ?? response.body.errors)).toContain('title')
  })

  it('a relationship to an unknown id is refused and writes nothing', async () => {
    const before = await lessonCount()
    const response = await api('POST', '/lessons', {
      token: trainer.token,
      body: { title: 'Orphan', slug: uniqueSlug('orphan'), module: 987654321, _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(await lessonCount()).toBe(before)
  })

  it('unknown ids are 404 JSON for reads, updates and deletes', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const response = await api(method, '/lessons/987654321', {
        token: trainer.token,
        body: method === 'PATCH' ? { title: 'Nothing here' } : undefined,
      })
      expect(response.status).toBe(404)
      expect(typeof response.body.error).toBe('string')
    }
  })

  it('a malformed id is a 4xx, not a 500', async () => {
    const response = await api('GET', '/lessons/not-a-number', { token: trainer.token })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('malformed JSON is a 4xx and writes nothing', async () => {
    const before = await lessonCount()
    const response = await api('POST', '/lessons', { token: trainer.token, rawBody: '{"title": "broken",' })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await lessonCount()).toBe(before)
  })

  it('a quiz cannot be published with a question that has no correct answer', async () => {
    const response = await api('POST', '/quizzes', {
      token: trainer.token,
      body: {
        title: 'Ungradable',
        slug: uniqueSlug('ungradable'),
        module: course.module.id,
        _status: 'published',
        questions: [{ type: 'single', prompt: 'Pick one', choices: [{ text: 'A' }, { text: 'B' }] }],
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.details)).toMatch(/exactly one correct choice/)
  })

  it('an over-long text is refused', async () => {
    const response = await api('PATCH', `/lessons/${course.lesson.id}`, {
      token: trainer.token,
      body: { title: 'x'.repeat(5000) },
    })
    expect(response.status).toBe(400)
    const stored = await payload.findByID({ collection: 'lessons', id: course.lesson.id })
    expect(stored.title).toBe('Test lesson')
  })
})
