import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { CalloutBlock, KeyTermsBlock, Media, MediaEmbedBlock } from '@/payload-types'

export interface BlockLabels {
  keyTerms: string
  reflection: string
  info: string
  tip: string
}

const converters =
  (labels: BlockLabels): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      callout: ({ node }: { node: { fields: CalloutBlock } }) => (
        <aside className={`callout ${node.fields.variant}`} aria-label={labels[node.fields.variant]}>
          <h3>{node.fields.title}</h3>
          <p>{node.fields.text}</p>
        </aside>
      ),
      keyTerms: ({ node }: { node: { fields: KeyTermsBlock } }) => (
        <section className="key-terms" aria-label={labels.keyTerms}>
          <h3>{labels.keyTerms}</h3>
          <dl>
            {node.fields.terms.map((term) => (
              <div key={term.id ?? term.term}>
                <dt>{term.term}</dt>
                <dd>{term.definition}</dd>
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
            {node.fields.caption && <figcaption>{node.fields.caption}</figcaption>}
          </figure>
        )
      },
    },
  })

/** Lexical rendered to semantic HTML on the server; blocks get their own accessible markup. */
export function LessonBody({ data, labels }: { data: SerializedEditorState; labels: BlockLabels }) {
  return <RichText className="lesson-body" data={data} converters={converters(labels)} />
}
