import type { CollectionConfig } from 'payload'

import { isContentEditor, isSignedIn } from '../src/access/roles'

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: isContentEditor,
    read: isSignedIn,
    update: isContentEditor,
    delete: isContentEditor,
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    // SVG is left out on purpose: it can carry script.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf', 'video/mp4'],
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
  ],
}
