import { describe, expect, it } from 'vitest'

import { createUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

// A valid 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

describe('media uploads', () => {
  it('stores an image with alt text', async () => {
    const payload = await testPayload()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A peer specialist talking with a colleague' },
      file: { data: PNG, mimetype: 'image/png', name: 'pixel.png', size: PNG.length },
    })
    expect(media.url).toMatch(/pixel.*\.png$/)
    expect(media.mimeType).toBe('image/png')
    await payload.delete({ collection: 'media', id: media.id })
  })

  it('refuses an image without alt text', async () => {
    const payload = await testPayload()
    await expect(
      payload.create({ collection: 'media', data: {} as { alt: string }, file: { data: PNG, mimetype: 'image/png', name: 'no-alt.png', size: PNG.length } }),
    ).rejects.toThrow(/alt/i)
  })

  it('refuses SVG, which can carry script', async () => {
    const payload = await testPayload()
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x' }, file: { data: svg, mimetype: 'image/svg+xml', name: 'evil.svg', size: svg.length } }),
    ).rejects.toThrow()
  })

  it('learners cannot upload', async () => {
    const payload = await testPayload()
    const { user } = await createUser(payload, 'learner')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'mine' },
        file: { data: PNG, mimetype: 'image/png', name: 'learner.png', size: PNG.length },
        overrideAccess: false,
        user,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('upload file names', () => {
  it('never lets a file name climb out of the media folder', async () => {
    const payload = await testPayload()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Traversal attempt' },
      file: { data: PNG, mimetype: 'image/png', name: '../../../etc/peerpath-evil.png', size: PNG.length },
    })
    expect(media.filename).not.toContain('/')
    expect(media.filename).not.toContain('..')
    await payload.delete({ collection: 'media', id: media.id })
  })
})
