import { findMarkers, sentences } from './citationMarkers'

/**
 * The citation rules of the shipped curriculum (tests/int/citations.int.spec.ts runs them over every lesson, in
 * English and Spanish). A lesson's text is checked against the seed documents its sources name:
 *
 * 1. a sentence with a digit, a named study ("Davidson and colleagues", "et al.") or the name of an organization or
 *    program that one of the lesson's sources names (SAMHSA, DBHIDS, the VA, the Peer Support Toolkit…) carries a marker;
 * 2. every marker names sources 1..sources.length;
 * 3. every number and year of a marked sentence, and the authors of a named study, appear in the seed of a source
 *    its markers name;
 * 4. a lesson with sources has at least one marker;
 * 5. practice guidance ("Many organizations find…") is guidance, not a finding: it carries no marker.
 *
 * Pure: the caller reads the seed files.
 */

export type CitationRule = 'unmarked' | 'out-of-range' | 'untraced-number' | 'untraced-study' | 'no-markers' | 'cited-guidance'

export interface CitationFinding {
  rule: CitationRule
  /** Where the text is (the caller's label: lesson, locale, block). */
  where: string
  /** The sentence as written (empty for a lesson-wide finding). */
  sentence: string
  /** What is wrong: the unmarked trigger, the marker, the untraced number or author. */
  detail: string
}

export interface CitableText {
  where: string
  text: string
}

export interface CitableLesson {
  /** Each source's seed text, in the order of the lesson's source list (marker [1] is the first). */
  sources: readonly string[]
  /** The texts a marker may be needed in: paragraphs, list items, callout texts, key-term definitions. */
  texts: readonly CitableText[]
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ')
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// "Lesson 5", "module 2", "lecciones 2 y 3" point inside this course; they are not claims.
const COURSE_REFERENCE = /(?<![\p{L}])(?:lessons?|modules?|lecci[oó]n|lecciones|m[oó]dulos?)\s+\d+(?:\s*(?:,|and|or|to|y|o|a)\s*\d+)*/giu
const NUMBER = /(?<![\p{L}\p{N}.])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/gu
const YEAR = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu
const NAMED_STUDY = /(?<![\p{L}])(?:and colleagues|et al\.?|y (?:sus )?colegas|y colaboradores)(?![\p{L}])/iu
const NAME = String.raw`\p{Lu}[\p{L}’'-]+`
// The author list right before a year: "Davidson et al., ", "Mead and McNeil (", "Davidson y colaboradores (".
const AUTHORS_BEFORE_YEAR = new RegExp(
  String.raw`(${NAME}(?:(?:,\s*|,?\s+(?:and|&|y)\s+)${NAME})*)(?:,?\s+(?:et al\.|and colleagues|y (?:sus )?colegas|y colaboradores))?,?\s*\(?\s*$`,
  'u',
)
// Wording the curriculum uses for practice beyond the seeds (markers.md): guidance, so never cited as a finding.
const PRACTICE_GUIDANCE = /(?<![\p{L}])(?:many organizations (?:find|see|report|choose)|(?:a )?muchas organizaciones (?:ven|les|encuentran|eligen|prefieren))(?![\p{L}])/iu

/**
 * Organizations and programs the seeds name. A sentence naming one (in English or Spanish) needs a marker when a
 * source of its lesson names it too; `seed` is how a seed document writes it.
 */
const NAMED_BODIES: readonly { name: string; sentence: RegExp; seed: RegExp }[] = [
  {
    name: 'SAMHSA',
    sentence: /\bSAMHSA\b|Substance Abuse and Mental Health Services Administration|Administración de Servicios de Salud Mental y Abuso de Sustancias/,
    seed: /SAMHSA|Substance Abuse and Mental Health Services Administration/,
  },
  { name: 'BRSS TACS', sentence: /BRSS TACS|Bringing Recovery Supports to Scale/, seed: /BRSS TACS|Bringing Recovery Supports to Scale/ },
  {
    name: 'DBHIDS',
    sentence:
      /DBHIDS|Department of Behavioral Health and Intellectual disAbility Services|Departamento de Salud Conductual y Servicios (?:para|de) Discapacidad(?:es)? Intelectual(?:es)?/i,
    seed: /DBHIDS|Department of Behavioral Health and Intellectual disAbility Services/i,
  },
  { name: 'PR CoE', sentence: /PR CoE|Peer Recovery Center of Excellence|Centro de Excelencia/, seed: /PR CoE|Peer Recovery Center of Excellence|P E E R R E C O V E R Y/ },
  { name: 'VA', sentence: /\bVA\b|Veterans Affairs|Asuntos de Veteranos/, seed: /\bVA\b|Veterans Affairs/ },
  { name: 'Peer Support Toolkit', sentence: /Peer Support Toolkit/i, seed: /Peer Support Toolkit/i },
  { name: 'Person First Guidelines', sentence: /Person[- ]First Guidelines/i, seed: /Person[- ]First Guidelines/i },
  { name: 'Value of Peers', sentence: /Value of Peers/i, seed: /Value[- ]of[- ]Peers/i },
  { name: 'IC&RC', sentence: /IC&RC/, seed: /IC&RC/ },
  { name: 'Medicaid', sentence: /\bMedicaid\b/, seed: /\bMedicaid\b/ },
  { name: 'Mental Health America', sentence: /Mental Health America/, seed: /Mental Health America/ },
  { name: 'PRO-ACT', sentence: /PRO-ACT/, seed: /PRO-ACT/ },
  { name: 'National Center on Substance Abuse and Child Welfare', sentence: /National Center on Substance Abuse and Child Welfare/i, seed: /National Center on Substance Abuse and Child Welfare/i },
  { name: 'Philadelphia Police Department', sentence: /Philadelphia Police|Policía de Filadelfia/i, seed: /Philadelphia Police/i },
]

/** The forms a number may take in a seed: as written, with its separators swapped (1,5 ↔ 1.5) or dropped (1.000 → 1000). */
const numberForms = (number: string): string[] => [
  number,
  number.replace(/[.,]/g, (separator) => (separator === '.' ? ',' : '.')),
  number.replace(/[.,]/g, ''),
]

const seedHasNumber = (seed: string, number: string) =>
  numberForms(number).some((form) => new RegExp(`(?<![0-9])${escape(form)}(?![0-9])`).test(seed))

/** Why a sentence needs a marker, or undefined when it does not. */
const markerTrigger = (sentence: string, seeds: readonly string[]): string | undefined => {
  const digits = /\p{N}/u.exec(sentence.replace(COURSE_REFERENCE, ''))
  if (digits) return `the number in “…${sentence.slice(Math.max(0, digits.index - 20), digits.index + 10)}…”`
  const study = NAMED_STUDY.exec(sentence)
  if (study) return `the named study “${study[0]}”`
  const body = NAMED_BODIES.find(({ sentence: pattern, seed }) => pattern.test(sentence) && seeds.some((text) => seed.test(text)))
  return body ? `the name ${body.name}` : undefined
}

/** Numbers, years and named-study authors of a marked sentence that none of its cited seeds contains. */
const untraced = (sentence: string, citedSeeds: readonly string[]): { rule: CitationRule; detail: string }[] => {
  const text = sentence.replace(COURSE_REFERENCE, '')
  const seeds = citedSeeds.join(' \u0000 ')
  const out: { rule: CitationRule; detail: string }[] = []
  for (const [number] of text.matchAll(NUMBER)) if (!seedHasNumber(seeds, number)) out.push({ rule: 'untraced-number', detail: number })
  for (const match of text.matchAll(YEAR)) {
    const authors = AUTHORS_BEFORE_YEAR.exec(text.slice(Math.max(0, match.index - 160), match.index))?.[1]
    if (!authors) continue
    for (const author of authors.split(/\s*(?:,|\band\b|&|\by\b)\s*/u).filter(Boolean)) {
      // The seed writes the author and the year together: "Davidson, Bellamy, Guy, & Miller, 2012".
      if (!new RegExp(`${escape(author)}[^()]{0,160}?${match[0]}`, 'iu').test(seeds)) out.push({ rule: 'untraced-study', detail: `${author} (${match[0]})` })
    }
  }
  return out
}

/** Every way a lesson's text breaks the citation rules; empty when it keeps them. */
export const checkCitations = (lesson: CitableLesson): CitationFinding[] => {
  const seeds = lesson.sources.map(squeeze)
  const findings: CitationFinding[] = []
  let markers = 0
  for (const { where, text } of lesson.texts) {
    for (const sentence of sentences(text)) {
      markers += sentence.markers.length
      if (sentence.markers.length === 0) {
        const trigger = markerTrigger(sentence.text, seeds)
        if (trigger) findings.push({ rule: 'unmarked', where, sentence: sentence.raw, detail: trigger })
        continue
      }
      if (PRACTICE_GUIDANCE.test(sentence.text)) {
        findings.push({ rule: 'cited-guidance', where, sentence: sentence.raw, detail: sentence.markers.map((marker) => marker.raw).join(' ') })
      }
      const outOfRange = sentence.sources.filter((number) => number < 1 || number > seeds.length)
      for (const number of outOfRange) findings.push({ rule: 'out-of-range', where, sentence: sentence.raw, detail: `[${number}] of ${seeds.length} source(s)` })
      const cited = sentence.sources.filter((number) => !outOfRange.includes(number)).map((number) => seeds[number - 1]!)
      for (const { rule, detail } of untraced(sentence.text, cited)) findings.push({ rule, where, sentence: sentence.raw, detail })
    }
  }
  if (seeds.length > 0 && markers === 0) {
    findings.push({ rule: 'no-markers', where: lesson.texts[0]?.where ?? '', sentence: '', detail: `${seeds.length} source(s), no marker` })
  }
  return findings
}

/** The source numbers each text cites, as a sorted set, so a translation can be compared with its original. */
export const citedPerText = (texts: readonly string[]): number[][] =>
  texts.map((text) => [...new Set(findMarkers(text).flatMap((marker) => marker.numbers))].sort((a, b) => a - b))
