import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { ReactNode } from 'react'

import { type JSXConverter, type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { CalloutBlock, KeyTermsBlock, Media, MediaEmbedBlock } from '@/payload-types'

import { type Citer, createCiter } from './citations'

export interface BlockLabels {
  keyTerms: string
  reflection: string
  info: string
  tip: string
}

type TextArgs = Parameters<Extract<JSXConverter<{ type: 'text'; text: string; format: number }>, (...args: never[]) => unknown>>[0]

const converters =
  (labels: BlockLabels, cite: Citer): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    // Markers inside a text node (seeded or typed by a trainer) become links; the default converter still applies
    // the node's formatting (bold, italic…) around the rendered run.
    text: (args: TextArgs) => {
      const defaultText = defaultConverters.text as (args: TextArgs) => ReactNode
      return defaultText({ ...args, node: { ...args.node, text: cite.render(args.node.text) as string } })
    },
    blocks: {
      callout: ({ node }: { node: { fields: CalloutBlock } }) => (
        <aside className={`callout ${node.fields.variant}`} aria-label={labels[node.fields.variant]}>
          <h3>{cite.render(node.fields.title)}</h3>
          <p>{cite.render(node.fields.text)}</p>
        </aside>
      ),
      keyTerms: ({ node }: { node: { fields: KeyTermsBlock } }) => (
        <section className="key-terms" aria-label={labels.keyTerms}>
          <h3>{labels.keyTerms}</h3>
          <dl>
            {node.fields.terms.map((term) => (
              <div key={term.id ?? term.term}>
                <dt>{cite.render(term.term)}</dt>
                <dd>{cite.render(term.definition)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ),
      mediaEmbed: ({ node }: { node: { fields: MediaEmbedBlock } }) => {
        const media = node.fields.media as Media | number
        if (typeof media !== 'object' || !media.url) return null
        return (
          <figure>
            {media.mimeType?.startsWith('video/') ? (
              <video src={media.url} controls aria-label={media.alt} />
            ) : (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={media.url} alt={media.alt} width={media.width ?? undefined} height={media.height ?? undefined} loading="lazy" />
            )}
            {node.fields.caption && <figcaption>{cite.render(node.fields.caption)}</figcaption>}
          </figure>
        )
      },
    },
  })

/**
 * Lexical rendered to semantic HTML on the server; blocks get their own accessible markup, and citation markers
 * ("[1]") become superscript links to the lesson's numbered sources (the first `sourceCount` of them).
 */
export function LessonBody({
  data,
  labels,
  sourceCount,
  sourceLabel,
}: {
  data: SerializedEditorState
  labels: BlockLabels
  sourceCount: number
  sourceLabel: (source: number) => string
}) {
  return <RichText className="lesson-body" data={data} converters={converters(labels, createCiter(sourceCount, sourceLabel))} />
}
