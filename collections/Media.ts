import { readFile } from 'node:fs/promises'

import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type PayloadRequest,
} from 'payload'

import { isContentEditor, readableMedia } from '@/access/roles'
import { declaredTypeMatches, extensionMatches, sniffFileType, type SniffedType } from '@/lib/uploads/sniff'

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

// SVG is left out on purpose: it can carry script.
const ACCEPTED_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf', 'video/mp4']

type UploadedFile = NonNullable<PayloadRequest['file']>

// Same error Payload raises for its own file checks, so clients see one shape: 400, `details.errors[0].path === 'file'`.
const uploadRefused = (req: PayloadRequest, message: string) =>
  new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] }, req.t)

// Large uploads may sit in a temp file with an empty `data` buffer.
const bytesOf = async (file: UploadedFile): Promise<Uint8Array> =>
  file.data?.length || !file.tempFilePath ? (file.data ?? new Uint8Array()) : readFile(file.tempFilePath)

/** The text after the last dot of the name's last path segment; null when there is no dot. */
const extensionOf = (name: string): string | null => {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot === -1 ? null : base.slice(dot + 1)
}

/**
 * Refuses the file unless its bytes are an accepted type and its extension
 * (the last one, so `photo.png.html` is judged as `.html`) fits those bytes.
 * A declared MIME type that disagrees with the bytes is refused, not
 * corrected: a client mislabelling a file is more often probing than mistaken.
 */
const checkUpload = async (req: PayloadRequest, file: UploadedFile, { checkDeclaredType }: { checkDeclaredType: boolean }): Promise<SniffedType> => {
  const sniffed = await sniffFileType(await bytesOf(file))
  if (!sniffed || !ACCEPTED_MIME_TYPES.includes(sniffed.mime)) {
    throw uploadRefused(req, 'The file is not a JPEG, PNG, GIF, WebP, PDF or MP4 file.')
  }
  if (checkDeclaredType && !declaredTypeMatches(sniffed, file.mimetype)) {
    throw uploadRefused(req, `The file contains ${sniffed.mime} but was sent as ${file.mimetype || 'an unknown type'}.`)
  }
  const extension = extensionOf(file.name)
  if (extension !== null && !extensionMatches(sniffed, extension)) {
    throw uploadRefused(req, `The file contains ${sniffed.mime} but its name ends in .${extension}.`)
  }
  return sniffed
}

/**
 * Checks the bytes the client sent before Payload parses them with sharp or
 * writes anything. Payload runs this hook before its access check, so a
 * refused file gets a 400 even from someone who may not upload at all.
 * A name without an extension gets the sniffed one, so the stored file's
 * name always says what it is.
 */
export const checkClientFile: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  const sniffed = await checkUpload(req, req.file, { checkDeclaredType: true })
  const name = extensionOf(req.file.name) === null ? `${req.file.name}.${sniffed.ext}` : req.file.name
  req.file = { ...req.file, name, mimetype: sniffed.mime }
}

/**
 * A client may send a `url` instead of bytes; Payload fetches it after
 * beforeOperation, and this catches those bytes before they are saved. By
 * now Payload has relabelled images with its own detection, so the declared
 * type proves nothing and only bytes and name are checked.
 */
export const checkFetchedFile: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (req.file) await checkUpload(req, req.file, { checkDeclaredType: false })
  return data
}

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: isContentEditor,
    read: readableMedia,
    update: isContentEditor,
    delete: isContentEditor,
  },
  hooks: {
    beforeOperation: [checkClientFile],
    beforeValidate: [checkFetchedFile],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    mimeTypes: ACCEPTED_MIME_TYPES,
    imageSizes: [{ name: 'card', width: 768 }],
    adminThumbnail: 'card',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'Describe the image for people using screen readers.' },
    },
    { name: 'credit', type: 'text', maxLength: 200 },
    {
      // Set by the trainer who uploads it: a file for one organization's private module is that
      // organization's, and nobody else's learners or managers can read it, file URL included.
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: {
        position: 'sidebar',
        description: "Leave empty for media any organization may see. Set it for media of one organization's private module.",
      },
    },
  ],
}
