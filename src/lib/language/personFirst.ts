import { type LanguageLocale, type LanguageRule, PERSON_FIRST_RULES } from './rules'

export type { LanguageLocale } from './rules'

export interface LanguageFinding {
  /** Exactly `text.slice(start, end)`, in the writer's own casing and accents. */
  term: string
  suggestion: string
  /** UTF-16 offsets into the text that was checked. */
  start: number
  end: number
  /** Id of the rule in rules.ts. */
  rule: string
}

interface CompiledRule {
  readonly rule: LanguageRule
  readonly order: number
  readonly pattern: RegExp
  readonly exceptions: readonly RegExp[]
}

interface Candidate {
  readonly start: number
  readonly end: number
  readonly compiled: CompiledRule
}

const COMBINING_MARKS = /\p{M}/gu

const stripMarks = (value: string): string => value.normalize('NFD').replace(COMBINING_MARKS, '')

// \b only knows ASCII word characters, so it would split "alcohólico" at the "ó"; these lookarounds know every script.
const wholeWords = (source: string): RegExp =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${stripMarks(source)})(?![\p{L}\p{N}])`, 'giu')

// Compiled once: a lesson editor may run the check on every keystroke.
const COMPILED: readonly CompiledRule[] = PERSON_FIRST_RULES.map((rule, order) => ({
  rule,
  order,
  pattern: wholeWords(rule.pattern),
  exceptions: (rule.exceptions ?? []).map(wholeWords),
}))

/**
 * The text with combining marks removed, so "alcohólico", "alcoholico" and a decomposed "alcoho\u0301lico"
 * all meet the same pattern, plus a map back to the original offsets, which the findings must report.
 */
const foldAccents = (text: string): { folded: string; toOriginal: (index: number) => number } => {
  // Most text is plain ASCII, where folding changes nothing and offsets map to themselves.
  if (!/[^\p{ASCII}]/u.test(text)) return { folded: text, toOriginal: (index) => index }
  let folded = ''
  const origins: number[] = []
  let offset = 0
  for (const char of text) {
    const base = char > '\u007f' ? stripMarks(char) : char
    for (let unit = 0; unit < base.length; unit += 1) origins.push(offset)
    folded += base
    offset += char.length
  }
  origins.push(text.length)
  // An end offset lands on the next kept character, so marks trailing the last letter stay inside the term.
  return { folded, toOriginal: (index) => origins[index] ?? text.length }
}

/** Every match, including ones starting inside an earlier one, so "got clean and sober" offers both phrases. */
const allSpans = (pattern: RegExp, text: string): Array<readonly [number, number]> => {
  const spans: Array<readonly [number, number]> = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    spans.push([match.index, match.index + match[0].length])
    pattern.lastIndex = match.index + 1
  }
  return spans
}

/** Characters covered by an exception ("Alcoholics Anonymous"); a match wholly inside them is not reported. */
const excusedCharacters = (exceptions: readonly RegExp[], text: string): Uint8Array | null => {
  let excused: Uint8Array | null = null
  for (const exception of exceptions) {
    for (const [start, end] of allSpans(exception, text)) {
      excused ??= new Uint8Array(text.length)
      excused.fill(1, start, end)
    }
  }
  return excused
}

/**
 * Finds wording that defines people by a condition ("addict", "the mentally ill", "alcohólico") and suggests
 * person-first wording, following the Philadelphia DBHIDS "Person First" guidance.
 * Without `locale` both English and Spanish rules apply, since lessons often quote the other language.
 * Findings are sorted by `start` and never overlap; where phrases overlap, the longest one is reported.
 */
export function checkPersonFirstLanguage(text: string, locale?: LanguageLocale): LanguageFinding[] {
  if (text.length === 0) return []
  const { folded, toOriginal } = foldAccents(text)

  const candidates: Candidate[] = []
  for (const compiled of COMPILED) {
    if (locale !== undefined && compiled.rule.locale !== locale) continue
    const spans = allSpans(compiled.pattern, folded)
    if (spans.length === 0) continue
    const excused = excusedCharacters(compiled.exceptions, folded)
    for (const [start, end] of spans) {
      if (!excused || excused.subarray(start, end).includes(0)) candidates.push({ start, end, compiled })
    }
  }

  // Longest first, so "former addict" beats the "addict" inside it; ties go to the earlier start, then table order.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.compiled.order - b.compiled.order)
  // A map of claimed characters keeps this linear when a pasted document has thousands of findings.
  const claimed = new Uint8Array(folded.length)
  const chosen: Candidate[] = []
  for (const candidate of candidates) {
    if (claimed.subarray(candidate.start, candidate.end).includes(1)) continue
    claimed.fill(1, candidate.start, candidate.end)
    chosen.push(candidate)
  }

  return chosen
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, compiled }) => {
      const from = toOriginal(start)
      const to = toOriginal(end)
      return { term: text.slice(from, to), suggestion: compiled.rule.suggestion, start: from, end: to, rule: compiled.rule.id }
    })
}
