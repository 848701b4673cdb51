import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Media, Module } from '@/payload-types'

import { api, gql } from '../helpers/api'
import { createUser, uniqueSlug } from '../helpers/fixtures'
import { createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

// A valid 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const upload = (payload: Payload, name: string, organization: number | null): Promise<Media> =>
  payload.create({
    collection: 'media',
    data: { alt: `Picture ${name}`, organization },
    file: { data: PNG, mimetype: 'image/png', name: `${uniqueSlug(name)}.png`, size: PNG.length },
  })

const fileOf = (media: Media, token: string) => api('GET', `/media/file/${encodeURIComponent(media.filename!)}`, { token })

describe('organizations are tenant metadata', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let trainer: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Metadata A')
    b = await createTeam(payload, 'Metadata B')
    trainer = await createUser(payload, 'trainer')
  })

  it('learners and managers list only their own organization, through REST and GraphQL', async () => {
    for (const person of [a.learner, a.manager]) {
      const list = await api('GET', '/organizations?limit=100', { token: person.token })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((org: { id: number }) => org.id)).toEqual([a.organization.id])
      expect([403, 404]).toContain((await api('GET', `/organizations/${b.organization.id}`, { token: person.token })).status)
      const filtered = await api('GET', `/organizations?where[name][equals]=${encodeURIComponent('Metadata B')}`, { token: person.token })
      expect(filtered.body.totalDocs).toBe(0)
      const graph = await gql(`{ Organizations(limit: 100) { docs { id name } } Organization(id: ${b.organization.id}) { name } }`, { token: person.token })
      expect(graph.body.data?.Organizations.docs).toEqual([{ id: a.organization.id, name: 'Metadata A' }])
      expect(graph.text).not.toContain('Metadata B')
    }
  })

  it("never populates another organization from a user's record", async () => {
    const me = await api('GET', '/users/me?depth=1', { token: a.learner.token })
    expect(me.body.user.organization).toMatchObject({ id: a.organization.id, name: 'Metadata A' })
    // A manager reads their people with their organization populated: their own, and never another's.
    const team = await api('GET', '/users?depth=1&limit=100', { token: a.manager.token })
    expect(team.status).toBe(200)
    expect(team.text).not.toContain('Metadata B')
    // The same through GraphQL, where the organization is selected explicitly.
    const graph = await gql('{ Users(limit: 100) { docs { organization { id name } } } }', { token: a.manager.token })
    expect(graph.text).not.toContain('Metadata B')
    expect(graph.body.data.Users.docs.length).toBeGreaterThan(0)
  })

  it('trainers and admins still read every organization', async () => {
    const list = await api('GET', `/organizations?where[id][in]=${a.organization.id},${b.organization.id}`, { token: trainer.token })
    expect(list.body.totalDocs).toBe(2)
  })

  it('a signed-in user without an organization reads none, and anonymous nothing', async () => {
    const loner = await createUser(payload, 'learner')
    const list = await api('GET', '/organizations', { token: loner.token })
    expect(list.status === 403 || list.body.totalDocs === 0, list.text).toBe(true)
    expect(list.text).not.toMatch(/Metadata [AB]/)
    expect((await api('GET', '/organizations')).status).toBe(403)
  })
})

describe('media are scoped by organization', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let privateMedia: Media
  let sharedMedia: Media
  let privateModule: Module
  let misusedSharedModule: Module

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Media A')
    b = await createTeam(payload, 'Media B')
    privateMedia = await upload(payload, 'private-b', b.organization.id)
    sharedMedia = await upload(payload, 'shared', null)
    privateModule = await payload.create({
      collection: 'modules',
      data: { title: 'B only', slug: uniqueSlug('b-only'), area: 'service-delivery', order: 98, organization: b.organization.id, coverImage: privateMedia.id, _status: 'published' },
    })
    // A shared module that (by mistake) shows B's file: the file stays B's.
    misusedSharedModule = await payload.create({
      collection: 'modules',
      data: { title: 'Shared with B picture', slug: uniqueSlug('shared-b'), area: 'service-delivery', order: 97, coverImage: privateMedia.id, _status: 'published' },
    })
  })

  it("refuses another organization's private file by its URL, and serves shared files as before", async () => {
    for (const person of [a.learner, a.manager]) {
      expect([403, 404]).toContain((await fileOf(privateMedia, person.token)).status)
      const shared = await fileOf(sharedMedia, person.token)
      expect(shared.status).toBe(200)
    }
    expect((await fileOf(privateMedia, b.learner.token)).status).toBe(200)
    expect((await fileOf(privateMedia, b.manager.token)).status).toBe(200)
    // Anonymous requests read no media at all, as before.
    expect((await api('GET', `/media/file/${encodeURIComponent(sharedMedia.filename!)}`)).status).toBe(403)
  })

  it("keeps another organization's media out of REST lists, documents and filters", async () => {
    expect([403, 404]).toContain((await api('GET', `/media/${privateMedia.id}`, { token: a.learner.token })).status)
    const list = await api('GET', `/media?limit=100&where[id][in]=${privateMedia.id},${sharedMedia.id}`, { token: a.learner.token })
    expect(list.body.docs.map((doc: Media) => doc.id)).toEqual([sharedMedia.id])
    const own = await api('GET', `/media/${privateMedia.id}`, { token: b.learner.token })
    expect(own.status).toBe(200)
    expect(own.body.organization).toMatchObject({ id: b.organization.id })
  })

  it('keeps them out of GraphQL', async () => {
    const one = await gql(`{ Media(id: ${privateMedia.id}) { filename url } }`, { token: a.learner.token })
    expect(one.body.data?.Media ?? null).toBeNull()
    expect(one.text).not.toContain(privateMedia.filename!)
    const list = await gql(`{ allMedia(where: { OR: [{ id: { equals: ${privateMedia.id} } }, { id: { equals: ${sharedMedia.id} } }] }) { docs { id filename } } }`, { token: a.learner.token })
    expect(list.body.data?.allMedia?.docs, list.text).toEqual([{ id: sharedMedia.id, filename: sharedMedia.filename }])
    const own = await gql(`{ Media(id: ${privateMedia.id}) { filename } }`, { token: b.learner.token })
    expect(own.body.data?.Media?.filename).toBe(privateMedia.filename)
  })

  it('never populates them into documents another organization reads (depth)', async () => {
    expect([403, 404]).toContain((await api('GET', `/modules/${privateModule.id}`, { token: a.learner.token })).status)
    const module = await api('GET', `/modules/${misusedSharedModule.id}?depth=2`, { token: a.learner.token })
    expect(module.status).toBe(200)
    expect(module.text).not.toContain(privateMedia.filename!)
    const graph = await gql(`{ Module(id: ${misusedSharedModule.id}) { coverImage { filename url } } }`, { token: a.learner.token })
    expect(graph.text).not.toContain(privateMedia.filename!)
    // B's learner sees the picture where it belongs.
    const own = await api('GET', `/modules/${privateModule.id}?depth=1`, { token: b.learner.token })
    expect(own.body.coverImage).toMatchObject({ id: privateMedia.id, filename: privateMedia.filename })
  })

  it('only trainers and admins set or change the organization of media', async () => {
    const update = await api('PATCH', `/media/${privateMedia.id}`, { token: b.manager.token, body: { organization: null } })
    expect(update.status).toBe(403)
    const stored = await payload.findByID({ collection: 'media', id: privateMedia.id, depth: 0 })
    expect(stored.organization).toBe(b.organization.id)
  })
})
