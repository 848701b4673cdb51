import { Fragment, type ReactNode } from 'react'

import { type CitationMarker, splitMarkers } from '@/lib/curriculum/citationMarkers'

/** The id of a lesson's numbered source, which its markers link to. */
export const referenceId = (source: number) => `ref-${source}`

/** The id of the first marker citing a source, which the source's "Back to text" link returns to. */
export const firstCitationId = (source: number) => `cite-${source}`

export interface Citer {
  /** A text with its markers as superscript links to the numbered sources; a marker beyond them stays plain text. */
  render: (text: string | null | undefined) => ReactNode
}

/**
 * Renders markers for one lesson page, in document order: the first marker citing source n gets the id `cite-n`,
 * later ones `cite-n-2`, `cite-n-3`…, so every id on the page is unique. Create one per render.
 */
export const createCiter = (sourceCount: number, sourceLabel: (source: number) => string): Citer => {
  const seen = new Map<number, number>()
  const link = (source: number, key: string) => {
    const count = (seen.get(source) ?? 0) + 1
    seen.set(source, count)
    return (
      <sup key={key} className="citation">
        <a href={`#${referenceId(source)}`} id={count === 1 ? firstCitationId(source) : `${firstCitationId(source)}-${count}`} aria-label={sourceLabel(source)}>
          [{source}]
        </a>
      </sup>
    )
  }
  const inRange = (source: number) => source >= 1 && source <= sourceCount
  const linked = (marker: CitationMarker) => marker.numbers.some(inRange)
  const marker = (marker: CitationMarker, key: string) => {
    if (!linked(marker)) return marker.raw
    return marker.numbers.map((source, index) =>
      inRange(source) ? link(source, `${key}-${index}`) : <Fragment key={`${key}-${index}`}>[{source}]</Fragment>,
    )
  }
  return {
    render: (text) => {
      // A block saved half-filled in the admin may lack a text; render what is there.
      if (typeof text !== 'string') return text
      const segments = splitMarkers(text)
      if (!segments.some((segment) => segment.kind === 'marker')) return text
      return segments.map((segment, index) => {
        if (segment.kind === 'marker') return <Fragment key={index}>{marker(segment.marker, String(index))}</Fragment>
        // "evidence [1]." reads "evidence[1].": the space before a linked marker goes with it.
        const next = segments[index + 1]
        return <Fragment key={index}>{next?.kind === 'marker' && linked(next.marker) ? segment.text.replace(/\s+$/, '') : segment.text}</Fragment>
      })
    },
  }
}
