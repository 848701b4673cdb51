import type { Block } from 'payload'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'variant',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: [
        { label: 'Reflection', value: 'reflection' },
        { label: 'Information', value: 'info' },
        { label: 'Tip', value: 'tip' },
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    { name: 'text', type: 'textarea', required: true, maxLength: 4000 },
  ],
}

export const KeyTermsBlock: Block = {
  slug: 'keyTerms',
  interfaceName: 'KeyTermsBlock',
  labels: { singular: 'Key terms', plural: 'Key terms' },
  fields: [
    {
      name: 'terms',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 20,
      fields: [
        { name: 'term', type: 'text', required: true, maxLength: 120 },
        { name: 'definition', type: 'textarea', required: true, maxLength: 1000 },
      ],
    },
  ],
}

export const MediaEmbedBlock: Block = {
  slug: 'mediaEmbed',
  interfaceName: 'MediaEmbedBlock',
  labels: { singular: 'Embedded media', plural: 'Embedded media' },
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}

export const lessonBlocks = [CalloutBlock, KeyTermsBlock, MediaEmbedBlock]
