import { createHash } from 'node:crypto'

import type { BodyBlock } from './content/types'

type Node = Record<string, unknown>

const BOLD = 1

/** `**bold**` spans become bold text nodes; everything else is plain text. */
const textNodes = (text: string): Node[] =>
  text
    .split(/(\*\*[^*]+\*\*)/g)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**')
      return {
        type: 'text',
        version: 1,
        text: bold ? part.slice(2, -2) : part,
        format: bold ? BOLD : 0,
        detail: 0,
        mode: 'normal',
        style: '',
      }
    })

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

// Stable ids keep re-seeding a no-op when the content has not changed.
const stableId = (seed: string) => createHash('sha1').update(seed).digest('hex').slice(0, 24)

const blockNode = (fields: Node): Node => ({ type: 'block', version: 2, format: '', fields })

const toNode = (block: BodyBlock, key: string): Node => {
  switch (block.type) {
    case 'heading':
      return element('heading', textNodes(block.text), { tag: 'h2' })
    case 'paragraph':
      return element('paragraph', textNodes(block.text), { textFormat: 0, textStyle: '' })
    case 'list':
      return element(
        'list',
        block.items.map((item, index) => element('listitem', textNodes(item), { value: index + 1 })),
        { listType: block.ordered ? 'number' : 'bullet', start: 1, tag: block.ordered ? 'ol' : 'ul' },
      )
    case 'callout':
      return blockNode({
        id: stableId(key),
        blockName: '',
        blockType: 'callout',
        variant: block.variant,
        title: block.title,
        text: block.text,
      })
    case 'keyTerms':
      return blockNode({
        id: stableId(key),
        blockName: '',
        blockType: 'keyTerms',
        terms: block.terms.map((term, index) => ({ id: stableId(`${key}:${index}`), ...term })),
      })
  }
}

/** Turns the curriculum's plain block list into a Lexical editor state. */
export const toLexical = (blocks: BodyBlock[], keyPrefix: string) => ({
  root: element(
    'root',
    blocks.map((block, index) => toNode(block, `${keyPrefix}:${index}`)),
  ),
})
