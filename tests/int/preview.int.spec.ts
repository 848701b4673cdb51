import { describe, expect, it } from 'vitest'

import { findLesson, findModule, findModuleQuiz, listLessons } from '@/app/(site)/_server/learning'
import { GET as preview } from '@/app/(site)/preview/route'
import { GET as exitPreview } from '@/app/(site)/preview/exit/route'
import { createCourse, createUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const open = (query: string, { token, html = false }: { token?: string; html?: boolean } = {}) =>
  preview(
    new Request(`http://localhost/preview?${query}`, {
      headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...(html ? { accept: 'text/html' } : {}) },
    }),
  )

describe('trainer preview of drafts', () => {
  it('is turned on only for trainers and admins, and sends them to the learner page of the document', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    const [learner, manager, trainer, admin] = await Promise.all((['learner', 'manager', 'trainer', 'admin'] as const).map((role) => createUser(payload, role)))
    const query = `collection=lessons&id=${course.lesson.id}`

    const anonymousBrowser = await open(query, { html: true })
    expect(anonymousBrowser.status).toBe(303)
    expect(anonymousBrowser.headers.get('location')).toBe('/login')
    expect(anonymousBrowser.headers.get('set-cookie')).toBeNull()
    expect((await open(query)).status).toBe(401)
    for (const refused of [learner, manager]) {
      const response = await open(query, { token: refused.token, html: true })
      expect(response.status).toBe(403)
      expect(response.headers.get('set-cookie')).toBeNull()
    }

    const lessonPath = `/modules/${course.module.slug}/lessons/${course.lesson.slug}`
    for (const editor of [trainer, admin]) {
      const response = await open(`${query}&locale=es`, { token: editor.token })
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(lessonPath)
      expect(response.headers.get('set-cookie')).toMatch(/peerpath-preview=1; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly/)
      expect(response.headers.get('set-cookie')).toMatch(/peerpath-locale=es/)
    }
    expect((await open(`collection=modules&id=${course.module.id}`, { token: trainer.token })).headers.get('location')).toBe(`/modules/${course.module.slug}`)
    expect((await open(`collection=quizzes&id=${course.quiz.id}`, { token: trainer.token })).headers.get('location')).toBe(`/modules/${course.module.slug}/quiz`)
    expect((await open('collection=users&id=1', { token: trainer.token })).status).toBe(400)
    expect((await open('collection=lessons&id=999999999', { token: trainer.token })).status).toBe(404)

    const exit = await exitPreview()
    expect(exit.status).toBe(303)
    expect(exit.headers.get('set-cookie')).toMatch(/peerpath-preview=; Path=\/; Max-Age=0/)
  })

  it('shows a trainer the latest draft, read live, while learners keep the published version from the cache', async () => {
    const payload = await testPayload()
    const course = await createCourse(payload)
    const [learner, trainer] = await Promise.all([createUser(payload, 'learner'), createUser(payload, 'trainer')])
    await payload.update({ collection: 'lessons', id: course.lesson.id, draft: true, data: { title: 'Draft lesson title', _status: 'draft' } })
    await payload.update({ collection: 'modules', id: course.module.id, draft: true, data: { title: 'Draft module title', _status: 'draft' } })
    const { module, lesson } = course
    // (Whether these reads go through Next's data cache cannot be seen here: outside a Next request it is not there.
    // adminPreview.e2e checks on a real server that a learner keeps the cached published page after a preview.)
    expect((await findModule(payload, trainer.user, 'en', module.slug, true))?.title).toBe('Draft module title')
    expect((await findLesson(payload, trainer.user, 'en', module.id, lesson.slug, true))?.title).toBe('Draft lesson title')
    expect((await listLessons(payload, trainer.user, 'en', [module.id], true)).map((row) => row.title)).toEqual(['Draft lesson title'])
    expect(await findModuleQuiz(payload, trainer.user, 'en', module.id, true)).not.toBeNull()
    // Without preview a trainer sees what is published, like everyone else.
    expect((await findLesson(payload, trainer.user, 'en', module.id, lesson.slug, false))?.title).toBe('Test lesson')

    // A learner, afterwards, and even asking for preview: the published text, through the published read.
    expect((await findModule(payload, learner.user, 'en', module.slug, true))?.title).toBe('Test module')
    expect((await findLesson(payload, learner.user, 'en', module.id, lesson.slug, true))?.title).toBe('Test lesson')
  })
})
