import { existsSync, readdirSync } from 'node:fs'

import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import config from '@payload-config'
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { Media, MEDIA_MAX_BYTES } from '../../collections/Media'
import { sniffFileType } from '@/lib/uploads/sniff'
import { createUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

// Path traversal in upload names is covered by 'never lets a file name climb out of the media folder' in media.int.spec.ts.

const text = (value: string) => new Uint8Array(Buffer.from(value, 'latin1'))
const joined = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts))

const image = (format: 'png' | 'jpeg' | 'gif' | 'webp') =>
  sharp({ create: { width: 1, height: 1, channels: 3, background: '#3a7' } })
    .toFormat(format)
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer))

const pdf = async () => {
  const document = await PDFDocument.create()
  document.addPage([200, 200])
  return new Uint8Array(await document.save())
}

// An ftyp box: size, 'ftyp', major brand, minor version, one compatible brand.
const isoMedia = (brand: string) => joined(new Uint8Array([0, 0, 0, 0x14]), text(`ftyp${brand}`), new Uint8Array(4), text(brand))
// The smallest valid ZIP archive: just its end-of-central-directory record.
const EMPTY_ZIP = joined(text('PK\x05\x06'), new Uint8Array(18))
const HTML = text('<!doctype html><script>alert(document.cookie)</script>')
const SVG = text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
const XML_SVG = text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
const WINDOWS_EXECUTABLE = joined(text('MZ\x90\x00\x03\x00\x00\x00'), new Uint8Array(56))

let PNG: Uint8Array
let JPEG: Uint8Array

beforeAll(async () => {
  PNG = await image('png')
  JPEG = await image('jpeg')
})

describe('sniffFileType', () => {
  it('recognises every accepted type from its bytes', async () => {
    expect(await sniffFileType(PNG)).toEqual({ mime: 'image/png', ext: 'png' })
    expect(await sniffFileType(JPEG)).toEqual({ mime: 'image/jpeg', ext: 'jpg' })
    expect(await sniffFileType(await image('gif'))).toEqual({ mime: 'image/gif', ext: 'gif' })
    expect(await sniffFileType(await image('webp'))).toEqual({ mime: 'image/webp', ext: 'webp' })
    expect(await sniffFileType(await pdf())).toEqual({ mime: 'application/pdf', ext: 'pdf' })
    expect(await sniffFileType(isoMedia('isom'))).toEqual({ mime: 'video/mp4', ext: 'mp4' })
  })

  it.each([
    ['HTML', HTML],
    ['SVG', SVG],
    ['SVG behind an XML declaration', XML_SVG],
    ['a Windows executable', WINDOWS_EXECUTABLE],
    ['a ZIP archive', joined(text('PK\x03\x04'), new Uint8Array(26), EMPTY_ZIP)],
    ['an empty file', new Uint8Array()],
    ['HEIC, which shares MP4’s ftyp box', isoMedia('heic')],
    ['QuickTime', isoMedia('qt  ')],
  ])('does not recognise %s', async (_label, bytes) => {
    expect(await sniffFileType(bytes)).toBeNull()
  })

  it('does not recognise an image that is also a ZIP archive', async () => {
    expect(await sniffFileType(joined(PNG, EMPTY_ZIP))).toBeNull()
  })

  it('needs the whole signature, not a prefix of it', async () => {
    expect(await sniffFileType(PNG.subarray(0, 7))).toBeNull()
    expect(await sniffFileType(text('RIFF\0\0\0\0WAVE'))).toBeNull()
    expect(await sniffFileType(text('GIF88a'))).toBeNull()
  })

  // file-type (which does the detection) is looser than these in places; sniff.ts tightens it back.
  it('refuses an accepted type hidden behind a BOM or an ID3 tag, which file-type looks past', async () => {
    expect(await sniffFileType(joined(new Uint8Array([0xef, 0xbb, 0xbf]), PNG))).toBeNull()
    expect(await sniffFileType(joined(text('ID3\x03\x00\x00\x00\x00\x00\x00'), JPEG))).toBeNull()
  })

  it('refuses ISO media with a brand file-type would call MP4 by default', async () => {
    expect(await sniffFileType(isoMedia('XAVC'))).toBeNull()
    expect(await sniffFileType(isoMedia('mp42'))).toEqual({ mime: 'video/mp4', ext: 'mp4' })
  })

  it('needs a PDF header with its dash', async () => {
    expect(await sniffFileType(text('%PDFx'))).toBeNull()
  })

  it('treats an animated PNG as a PNG', async () => {
    // An acTL chunk before the image data is what makes a PNG animated; file-type reports it as image/apng.
    const acTL = joined(new Uint8Array([0, 0, 0, 8]), text('acTL'), new Uint8Array([0, 0, 0, 1, 0, 0, 0, 0]), new Uint8Array(4))
    const endOfHeader = 8 + 25
    const apng = joined(PNG.subarray(0, endOfHeader), acTL, PNG.subarray(endOfHeader))
    expect(await sniffFileType(apng)).toEqual({ mime: 'image/png', ext: 'png' })
  })
})

const rest = { POST: REST_POST(config), PATCH: REST_PATCH(config) }

interface Upload {
  bytes: Uint8Array
  name: string
  type: string
}

/** Sends a multipart upload through Payload's real REST handler, as the admin and API clients do. */
const sendUpload = async (method: 'POST' | 'PATCH', path: string, token: string, file: Upload) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'Upload check' }))
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  const url = new URL(`http://localhost/api${path}`)
  const request = new Request(url, { method, headers: { authorization: `JWT ${token}` }, body: form })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await rest[method](request, { params: Promise.resolve({ slug }) })
  const body = await response.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (body ? JSON.parse(body) : null) as any }
}

const storedFiles = () => {
  const folder = process.env.MEDIA_DIR!
  return existsSync(folder) ? readdirSync(folder).sort() : []
}

const mediaState = async () => {
  const payload = await testPayload()
  return { documents: (await payload.count({ collection: 'media' })).totalDocs, files: storedFiles() }
}

const NOT_ACCEPTED = /not a JPEG, PNG, GIF, WebP, PDF or MP4 file/
const MISLABELLED = /contains image\/jpeg but was sent as image\/png/
const MISNAMED = /but its name ends in \./

const expectRefused = (response: Awaited<ReturnType<typeof sendUpload>>, reason: RegExp) => {
  expect(response.status).toBe(400)
  expect(response.body.error).toEqual(expect.any(String))
  expect(response.body.details.errors).toEqual([{ path: 'file', message: expect.stringMatching(reason) }])
}

describe('media uploads check the bytes, not the label', () => {
  let token: string

  beforeAll(async () => {
    ;({ token } = await createUser(await testPayload(), 'trainer'))
  })

  const removeMedia = async (id: number) => (await testPayload()).delete({ collection: 'media', id })

  it('accepts a real PNG', async () => {
    const response = await sendUpload('POST', '/media', token, { bytes: PNG, name: 'real.png', type: 'image/png' })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ mimeType: 'image/png', filename: expect.stringMatching(/^real.*\.png$/) })
    expect(storedFiles()).toContain(response.body.doc.filename)
    await removeMedia(response.body.doc.id)
  })

  it('accepts a real PDF', async () => {
    const response = await sendUpload('POST', '/media', token, { bytes: await pdf(), name: 'handbook.pdf', type: 'application/pdf' })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ mimeType: 'application/pdf', filename: expect.stringMatching(/\.pdf$/) })
    await removeMedia(response.body.doc.id)
  })

  it('gives a name without an extension the sniffed one', async () => {
    const response = await sendUpload('POST', '/media', token, { bytes: PNG, name: 'pasted-image', type: 'image/png' })
    expect(response.status).toBe(201)
    expect(response.body.doc.filename).toMatch(/^pasted-image.*\.png$/)
    await removeMedia(response.body.doc.id)
  })

  it.each<[string, () => Upload, RegExp]>([
    ['HTML named x.png', () => ({ bytes: HTML, name: 'x.png', type: 'image/png' }), NOT_ACCEPTED],
    ['SVG named x.jpg', () => ({ bytes: SVG, name: 'x.jpg', type: 'image/jpeg' }), NOT_ACCEPTED],
    ['SVG behind an XML declaration named x.jpg', () => ({ bytes: XML_SVG, name: 'x.jpg', type: 'image/jpeg' }), NOT_ACCEPTED],
    ['a Windows executable sent as a PNG', () => ({ bytes: WINDOWS_EXECUTABLE, name: 'x.png', type: 'image/png' }), NOT_ACCEPTED],
    ['a PNG with a ZIP archive appended', () => ({ bytes: joined(PNG, EMPTY_ZIP), name: 'x.png', type: 'image/png' }), NOT_ACCEPTED],
    ['an empty file', () => ({ bytes: new Uint8Array(), name: 'x.png', type: 'image/png' }), NOT_ACCEPTED],
    ['JPEG bytes declared as image/png', () => ({ bytes: JPEG, name: 'photo.jpg', type: 'image/png' }), MISLABELLED],
    ['JPEG bytes named photo.png', () => ({ bytes: JPEG, name: 'photo.png', type: 'image/jpeg' }), MISNAMED],
    ['a PNG named photo.png.html', () => ({ bytes: PNG, name: 'photo.png.html', type: 'image/png' }), MISNAMED],
  ])('refuses %s and stores nothing', async (_label, upload, reason) => {
    const before = await mediaState()
    expectRefused(await sendUpload('POST', '/media', token, upload()), reason)
    expect(await mediaState()).toEqual(before)
  })

  it('refuses a file over the size limit and stores nothing', async () => {
    const before = await mediaState()
    const oversized = joined(PNG, new Uint8Array(MEDIA_MAX_BYTES))
    const response = await sendUpload('POST', '/media', token, { bytes: oversized, name: 'huge.png', type: 'image/png' })
    expect(response.status).toBe(413)
    expect(response.body.error).toMatch(/limit/i)
    expect(await mediaState()).toEqual(before)
  })

  it('checks a replacement file the same way, and keeps the old file when it refuses', async () => {
    const created = await sendUpload('POST', '/media', token, { bytes: PNG, name: 'replace-me.png', type: 'image/png' })
    expect(created.status).toBe(201)
    const { id, filename } = created.body.doc

    const before = await mediaState()
    expectRefused(await sendUpload('PATCH', `/media/${id}`, token, { bytes: JPEG, name: 'replace-me.png', type: 'image/png' }), MISLABELLED)
    expect(await mediaState()).toEqual(before)
    const unchanged = await (await testPayload()).findByID({ collection: 'media', id })
    expect(unchanged).toMatchObject({ filename, mimeType: 'image/png' })

    const replaced = await sendUpload('PATCH', `/media/${id}`, token, { bytes: JPEG, name: 'replaced.jpg', type: 'image/jpeg' })
    expect(replaced.status).toBe(200)
    expect(replaced.body.doc).toMatchObject({ mimeType: 'image/jpeg', filename: expect.stringMatching(/\.jpg$/) })
    await removeMedia(id)
  })
})

describe('files Payload fetches from a URL', () => {
  // Payload downloads a `url` upload after beforeOperation has run, so only the beforeValidate hook sees those bytes.
  const [checkFetchedFile] = Media.hooks!.beforeValidate as CollectionBeforeValidateHook[]
  const fetched = (bytes: Uint8Array, name: string, mimetype: string) =>
    checkFetchedFile({
      data: {},
      req: { file: { data: Buffer.from(bytes), name, mimetype, size: bytes.length } } as PayloadRequest,
      operation: 'create',
      collection: {} as never,
      context: {},
    })

  it('refuses fetched bytes that are not an accepted type, whatever Payload labelled them', async () => {
    await expect(fetched(HTML, 'x.png', 'image/png')).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'file', message: expect.stringMatching(NOT_ACCEPTED) }] } })
  })

  it('refuses fetched bytes whose name does not fit them', async () => {
    await expect(fetched(PNG, 'photo.png.html', 'image/png')).rejects.toMatchObject({ data: { errors: [{ message: expect.stringMatching(MISNAMED) }] } })
  })

  it('lets a fetched real PNG through', async () => {
    await expect(fetched(PNG, 'photo.png', 'image/png')).resolves.toEqual({})
  })
})
