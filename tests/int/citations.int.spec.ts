import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { BodyBlock, LessonContent, Locale, ToolkitArea } from '../../seed/content/types'

import { findMarkers, sentences, splitMarkers, stripMarkers } from '@/lib/curriculum/citationMarkers'
import { checkCitations, citedPerText, type CitableLesson } from '@/lib/curriculum/citationRules'
import { curriculum } from '../../seed/content'
import { SOURCES } from '../../seed/content/sources'
import { lessonTexts, moduleTexts } from '../helpers/curriculumText'

/**
 * Every figure in a lesson traces to a seed the lesson cites: each number and year, and each named study
 * (its authors next to its year), appear in one of the lesson's source documents under seed/sources/.
 * English is checked; the Spanish text is a translation of it.
 */

const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(import.meta.dirname, '../../seed/sources')
const seedText = (file: string): string => readFileSync(path.join(SEEDS_DIR, file), 'utf8').replace(/\s+/g, ' ')

/** The four module titles of the Peer Support Toolkit, exactly as seed 000 lists them. */
const TOOLKIT_TITLES: Record<ToolkitArea, string> = {
  'preparing-the-organization': 'Preparing the Organization: Why Do It?',
  'recruiting-and-hiring': 'Recruiting and Hiring Peer Staff: What’s Different?',
  'service-delivery': 'Effective Service Delivery: What, Why, and How?',
  'supervision-and-retention': 'Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?',
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// "Lesson 5" and "module 2" point inside this course; they are not claims.
const COURSE_REFERENCE = /\b(?:lesson|module)s?\s+\d+(?:\s*(?:,|and|or|to)\s*\d+)*/gi
const NUMBER = /(?<![\p{L}\p{N}.])\d+(?:[.,]\d+)?(?![\p{L}\p{N}])/gu
const YEAR = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu
const NAME = String.raw`\p{Lu}[\p{L}’'-]+`
// The author list right before a year: "Davidson et al., ", "Mead and McNeil (", "Davidson, Bellamy, Guy and Miller, ".
const AUTHORS_BEFORE_YEAR = new RegExp(String.raw`(${NAME}(?:(?:,\s*|,?\s+(?:and|&)\s+)${NAME})*)(?:,?\s+(?:et al\.|and colleagues))?,?\s*\(?\s*$`, 'u')

interface Untraced {
  lesson: string
  claim: string
}

/** Numbers, years and named studies in a lesson's English text that none of its cited seeds contains. */
const untracedClaims = (lesson: LessonContent): Untraced[] => {
  const seeds = lesson.sources.map((source) => seedText(source.seed)).join(' \u0000 ')
  const text = stripMarkers(lessonTexts(lesson, 'en').join('\n')).replace(COURSE_REFERENCE, '')
  const untraced = new Set<string>()
  for (const [number] of text.matchAll(NUMBER)) {
    if (!new RegExp(`(?<![0-9])${escape(number)}(?![0-9])`).test(seeds)) untraced.add(number)
  }
  for (const match of text.matchAll(YEAR)) {
    const authors = AUTHORS_BEFORE_YEAR.exec(text.slice(Math.max(0, match.index - 160), match.index))?.[1]
    if (!authors) continue
    for (const author of authors.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean)) {
      // The seed writes the author and the year together: "Davidson, Bellamy, Guy, & Miller, 2012".
      if (!new RegExp(`${escape(author)}[^()]{0,160}?${match[0]}`, 'iu').test(seeds)) untraced.add(`${author} (${match[0]})`)
    }
  }
  return [...untraced].map((claim) => ({ lesson: lesson.slug, claim }))
}

const lessons = curriculum.flatMap((module) => module.lessons)

describe('every claim traced to its seed', () => {
  it('finds every number, year and named study of every lesson in a seed the lesson cites', () => {
    expect(lessons.flatMap(untracedClaims)).toEqual([])
  })

  it('names every cited seed file, and only the seeds that exist', () => {
    for (const source of SOURCES) expect(() => seedText(source.seed), source.seed).not.toThrow()
    for (const lesson of lessons) for (const source of lesson.sources) expect(SOURCES).toContain(source)
  })

  it('credits a publisher only where the seed itself names it', () => {
    for (const source of SOURCES) {
      if (/not given/i.test(source.publisher)) continue
      // The name as the seed writes it in full, or the acronym in brackets after it.
      const [, full, acronym] = /^([^(,]+?)\s*(?:\(([^)]+)\))?(?:,|$)/.exec(source.publisher)!
      // Seed 001 is the "Peer Support" sheet of SAMHSA's Value of Peers: seeds 000 and 003 say so.
      const evidence = source.seed === SOURCES[1]!.seed ? seedText(SOURCES[0]!.seed) + seedText(SOURCES[3]!.seed) : seedText(source.seed)
      const squeezed = evidence.replace(/\s/g, '').toLowerCase()
      const names = [full!, acronym].filter((name): name is string => Boolean(name)).map((name) => name.replace(/\s/g, '').toLowerCase())
      expect(names.some((name) => squeezed.includes(name)), source.publisher).toBe(true)
    }
  })

  it('catches a figure the seeds do not give (so the check above can fail)', () => {
    const lesson = lessons.find((candidate) => candidate.slug === 'peer-certification-landscape')!
    const broken: LessonContent = {
      ...lesson,
      en: { ...lesson.en, body: [...lesson.en.body, { type: 'paragraph', text: 'Peer support is Medicaid reimbursable in 36 states (Davidson et al., 2013; Smith, 2012).' }] },
    }
    expect(untracedClaims(broken).map((finding) => finding.claim)).toEqual(['36', '2013', 'Davidson (2013)', 'Smith (2012)'])
  })
})

describe('toolkit titles', () => {
  it('lists the four toolkit module titles in seed 000 exactly as this test spells them', () => {
    for (const title of Object.values(TOOLKIT_TITLES)) expect(seedText('000_75bd71ecabbaa8c2.txt')).toContain(title.replace(/\s+/g, ' '))
  })

  it('titles every module with its toolkit module’s exact title', () => {
    for (const module of curriculum) expect(module.en.title, module.slug).toBe(TOOLKIT_TITLES[module.area])
  })

  it('titles every quiz with its module’s exact title, in both languages (the quiz page shows it as “Quiz: <title>”)', () => {
    for (const module of curriculum) {
      expect(module.quiz.en.title, module.slug).toBe(TOOLKIT_TITLES[module.area])
      expect(module.quiz.es.title, module.slug).toBe(module.es.title)
    }
  })

  it('quotes a toolkit title in full wherever a module, lesson or quiz names one', () => {
    const texts = curriculum.flatMap((module) => moduleTexts(module, 'en'))
    const inexact: string[] = []
    for (const title of Object.values(TOOLKIT_TITLES)) {
      const [lead] = title.split(':')
      // The lead words however they are punctuated ("Supporting, Supervising and Retaining…"), then a colon.
      const named = new RegExp(lead!.split(/[\s,]+/).map(escape).join(String.raw`[\s,]+`) + String.raw`\s*:`, 'giu')
      for (const text of texts) {
        for (const match of text.matchAll(named)) {
          if (!text.startsWith(title, match.index)) inexact.push(text.slice(match.index, match.index + title.length + 10))
        }
      }
    }
    expect(inexact).toEqual([])
  })
})

/** The texts markers.md asks markers in: paragraphs, list items, callout texts and key-term definitions (not headings or titles). */
const citableTexts = (block: BodyBlock): string[] => {
  switch (block.type) {
    case 'heading':
      return []
    case 'paragraph':
      return [block.text]
    case 'list':
      return block.items
    case 'callout':
      return [block.text]
    case 'keyTerms':
      return block.terms.map((term) => term.definition)
  }
}

const citableLesson = (lesson: LessonContent, locale: Locale): CitableLesson => ({
  // A source's title and publisher name it as much as its seed does.
  sources: lesson.sources.map((source) => `${source.title} · ${source.publisher} · ${seedText(source.seed)}`),
  texts: lesson[locale].body.flatMap((block, index) => citableTexts(block).map((text) => ({ where: `${lesson.slug} [${locale}] block ${index + 1}`, text }))),
})

describe('citation markers: the parser', () => {
  it('finds single and multiple markers, and only digits in brackets', () => {
    expect(findMarkers('Based on evidence [1]. In recovery [1, 3]. A quote [sic] and [Name].')).toEqual([
      { raw: '[1]', numbers: [1], start: 18, end: 21 },
      { raw: '[1, 3]', numbers: [1, 3], start: 35, end: 41 },
    ])
  })

  it('strips markers with the space before them', () => {
    expect(stripMarkers('Peer support is evidence-based [1]. Es eficaz [1, 3].')).toBe('Peer support is evidence-based. Es eficaz.')
    expect(stripMarkers('No markers here (1999).')).toBe('No markers here (1999).')
  })

  it('cuts text into plain runs and markers for rendering', () => {
    expect(splitMarkers('A [2]. B')).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'marker', marker: { raw: '[2]', numbers: [2], start: 2, end: 5 } },
      { kind: 'text', text: '. B' },
    ])
  })

  it('lists sentences with their markers, keeping abbreviations, initials and quotes inside a sentence', () => {
    const found = sentences(
      'Davidson et al. (1999) call them “experientially credentialed” [2]. E. L. Bassuk wrote in 2016 [1, 2]. “Peer support works.” Many organizations find it helps. ¿Y en español? Sí [3].',
    )
    expect(found.map(({ text, sources }) => [text, sources])).toEqual([
      ['Davidson et al. (1999) call them “experientially credentialed”.', [2]],
      ['E. L. Bassuk wrote in 2016.', [1, 2]],
      ['“Peer support works.”', []],
      ['Many organizations find it helps.', []],
      ['¿Y en español?', []],
      ['Sí.', [3]],
    ])
    // A list item without end punctuation is one sentence; a marker written after the stop still belongs to it.
    expect(sentences('Inspire hope [1]').map((sentence) => sentence.sources)).toEqual([[1]])
    expect(sentences('It works. [2] Next one.').map((sentence) => [sentence.text, sentence.sources])).toEqual([
      ['It works.', [2]],
      ['Next one.', []],
    ])
  })
})

describe('citation rules: the checker (so the gate can fail)', () => {
  const seedA = 'Available in all 50 states and Medicaid reimbursable in 35, peer support is a best practice (Davidson, et al., 2012).'
  const seedB = 'The Peer Support Toolkit developed by the Philadelphia Department of Behavioral Health and Intellectual disAbility Services.'
  const lesson = (...texts: string[]): CitableLesson => ({ sources: [seedA, seedB], texts: texts.map((text, index) => ({ where: `text ${index + 1}`, text })) })
  const rules = (...texts: string[]) => checkCitations(lesson(...texts)).map(({ rule, detail }) => [rule, detail])

  it('passes a lesson whose facts are marked with the seed that gives them', () => {
    expect(rules('Peer support is available in all 50 states [1].', 'Davidson and colleagues (2012) found the same [1].', 'DBHIDS wrote the Peer Support Toolkit [2].')).toEqual([])
  })

  it('fails a sentence with a year, a number or a named study and no marker', () => {
    expect(rules('It is available [1].', 'This was shown in 2012.')).toEqual([['unmarked', 'the number in “…This was shown in 2012.…”']])
    expect(rules('It is available [1].', 'Davidson et al. found it.')).toEqual([['unmarked', 'the named study “et al.”']])
  })

  it('fails a sentence naming an organization or program that a source names, and only those', () => {
    expect(rules('It is available [1].', 'The Peer Support Toolkit has four parts.')).toEqual([['unmarked', 'the name Peer Support Toolkit']])
    expect(rules('It is available [1].', 'El DBHIDS de Filadelfia lo escribió.')).toEqual([['unmarked', 'the name DBHIDS']])
    // No source of this lesson names IC&RC, so naming it is not a claim about a source.
    expect(rules('It is available [1].', 'IC&RC is an example.')).toEqual([])
  })

  it('fails a marker out of range', () => {
    expect(rules('It is available in 50 states [3].', 'It is [0] here.')).toEqual([
      ['out-of-range', '[3] of 2 source(s)'],
      // No source that exists gives the 50 either.
      ['untraced-number', '50'],
      ['out-of-range', '[0] of 2 source(s)'],
    ])
  })

  it('fails a number, a year or a study that the marked seed does not give, even when another source gives it', () => {
    expect(rules('It is available in 36 states [1].')).toEqual([['untraced-number', '36']])
    expect(rules('It is available in all 50 states [2].')).toEqual([['untraced-number', '50']])
    expect(rules('Smith and colleagues (2012) found it [1].')).toEqual([['untraced-study', 'Smith (2012)']])
    // Spanish writes decimals and thousands its own way; "35" is the seed's figure either way.
    expect(rules('Medicaid lo reembolsa en 35 estados [1].', 'Davidson y colaboradores (2012) lo vieron [1, 2].')).toEqual([])
  })

  it('passes practice guidance without a marker, and fails it with one', () => {
    expect(rules('It is available [1].', 'Many organizations find it helps to meet weekly.', 'A muchas organizaciones les resulta útil reunirse cada semana.')).toEqual([])
    expect(rules('Many organizations find it helps to meet weekly [1].')).toEqual([['cited-guidance', '[1]']])
  })

  it('ignores references to the course itself ("lesson 5", "módulo 2")', () => {
    expect(rules('It is available [1].', 'Lesson 5 comes back to this.', 'Lo verás en los módulos 2 y 3.')).toEqual([])
  })

  it('fails a lesson with sources and no marker at all', () => {
    expect(rules('Peer support helps.')).toEqual([['no-markers', '2 source(s), no marker']])
    expect(checkCitations({ sources: [], texts: [{ where: 'x', text: 'Peer support helps.' }] })).toEqual([])
  })
})

describe('citation rules: the shipped curriculum (en and es)', () => {
  // Passes once the marked lesson text of modules 1–4 is merged; until then it lists every sentence still to mark.
  it.each(['en', 'es'] as const)('keeps every rule in every lesson (%s)', (locale) => {
    const findings = lessons.flatMap((lesson) => checkCitations(citableLesson(lesson, locale)))
    expect(findings.map(({ rule, where, sentence, detail }) => `${rule} · ${where} · ${detail} · ${sentence}`)).toEqual([])
  })

  it('cites in Spanish the same sources as the English text it translates, text by text', () => {
    const differ: string[] = []
    for (const lesson of lessons) {
      const en = citedPerText(lesson.en.body.flatMap(citableTexts))
      const es = citedPerText(lesson.es.body.flatMap(citableTexts))
      expect(es.length, lesson.slug).toBe(en.length)
      en.forEach((cited, index) => {
        if (cited.join() !== es[index]!.join()) differ.push(`${lesson.slug} text ${index + 1}: en [${cited}] es [${es[index]}]`)
      })
    }
    expect(differ).toEqual([])
  })
})
