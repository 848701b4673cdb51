/**
 * Citation markers in lesson text: `[1]` or `[1, 3]`, 1-based indexes into the lesson's own source list, written
 * right before a sentence's final punctuation ("… based on evidence [1]."). Pure string functions shared by the
 * lesson page (markers become links to the numbered sources), the reading-grade and language checks (markers are
 * stripped first, so they never count as words) and the citation test.
 */

export interface CitationMarker {
  /** The marker as written, e.g. "[1, 3]". */
  raw: string
  /** The source numbers it names, in the order written. */
  numbers: number[]
  /** UTF-16 offsets of `raw` in the text. */
  start: number
  end: number
}

// Digits only, so "[sic]" or "[Name]" in a quotation is never a marker.
const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g

/** Every marker in a text, in order. */
export const findMarkers = (text: string): CitationMarker[] =>
  [...text.matchAll(MARKER)].map((match) => ({
    raw: match[0],
    numbers: match[1]!.split(',').map((part) => Number(part.trim())),
    start: match.index,
    end: match.index + match[0].length,
  }))

/** Whether a text has any marker at all. */
export const hasMarkers = (text: string): boolean => findMarkers(text).length > 0

/** The text without its markers and the space before each: "evidence [1]." becomes "evidence.". */
export const stripMarkers = (text: string): string => text.replace(/[ \t\u00a0]*\[\d{1,3}(?:\s*,\s*\d{1,3})*\]/g, '')

/** A text cut into plain runs and markers, in order, for rendering. */
export type MarkerSegment = { kind: 'text'; text: string } | { kind: 'marker'; marker: CitationMarker }

export const splitMarkers = (text: string): MarkerSegment[] => {
  const segments: MarkerSegment[] = []
  let at = 0
  for (const marker of findMarkers(text)) {
    if (marker.start > at) segments.push({ kind: 'text', text: text.slice(at, marker.start) })
    segments.push({ kind: 'marker', marker })
    at = marker.end
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) })
  return segments
}

export interface MarkedSentence {
  /** The sentence as written, markers included. */
  raw: string
  /** The sentence with its markers stripped. */
  text: string
  /** Every source number its markers name, without repeats, in the order first written. */
  sources: number[]
  /** Its markers as written. */
  markers: CitationMarker[]
}

// Words whose full stop does not end a sentence (English and Spanish); single capitals are initials ("E. L. Bassuk").
const ABBREVIATION = /(?:^|[\s(“"])(?:et al|e\.g|i\.e|etc|vs|cf|Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|St|Jr|Inc|No|Nos|p|pp|ej|approx|aprox|U\.S|EE\. UU|EE\.UU|[A-Z])\.$/u

// A sentence ends at . ? ! or … (then any closing quotes or brackets, and a marker placed after the stop), followed
// by space and the start of another sentence: a capital, a digit, an opening quote or bracket, ¿ or ¡.
const BOUNDARY = /[.?!…]+["”’)\]]*(?:\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\])?(?=\s+["“‘(¿¡\p{Lu}\p{N}])/gu

/** A text cut into sentences, each with the markers it carries. A text without end punctuation is one sentence. */
export const sentences = (text: string): MarkedSentence[] => {
  const raws: string[] = []
  let from = 0
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length
    const stop = match.index + /^[^.?!…]*[.?!…]/.exec(match[0])![0].length
    if (match[0].startsWith('.') && ABBREVIATION.test(text.slice(from, stop))) continue
    raws.push(text.slice(from, end))
    from = end
  }
  raws.push(text.slice(from))
  return raws
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map((raw) => {
      const markers = findMarkers(raw)
      return { raw, text: stripMarkers(raw), sources: [...new Set(markers.flatMap((marker) => marker.numbers))], markers }
    })
}

/** Every source number cited anywhere in some texts, without repeats, in order of first citation. */
export const citedSources = (texts: readonly string[]): number[] => [
  ...new Set(texts.flatMap((text) => findMarkers(text).flatMap((marker) => marker.numbers))),
]
