import { firstCitationId, referenceId } from './citations'

/** Only http(s) addresses become links: a source URL is typed by a trainer, and a javascript: link must never render. */
const isWebLink = (url: string | null | undefined): url is string => typeof url === 'string' && /^https?:\/\/\S+$/i.test(url)

export interface LessonSource {
  id?: string | null
  title: string
  publisher?: string | null
  url?: string | null
}

/**
 * The lesson's numbered sources: source n is item n (`#ref-n`), which the text's markers link to. A source the
 * text cites links back to its first marker; one it does not cite is listed without that link.
 */
export function LessonSources({
  sources,
  cited,
  labels,
}: {
  sources: readonly LessonSource[]
  cited: readonly number[]
  labels: { heading: string; backToText: string; backToTextFor: (source: number) => string }
}) {
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">{labels.heading}</h2>
      <ol>
        {sources.map((source, index) => (
          <li key={source.id ?? source.title} id={referenceId(index + 1)}>
            {isWebLink(source.url) ? <a href={source.url}>{source.title}</a> : source.title}
            {source.publisher ? ` — ${source.publisher}` : ''}
            {cited.includes(index + 1) ? (
              <>
                {' '}
                <a href={`#${firstCitationId(index + 1)}`} className="back-to-text" aria-label={labels.backToTextFor(index + 1)}>
                  <span aria-hidden="true">↑ </span>
                  {labels.backToText}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
