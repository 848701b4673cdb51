import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { LessonContent, ToolkitArea } from '../../seed/content/types'

import { curriculum } from '../../seed/content'
import { SOURCES } from '../../seed/content/sources'
import { lessonTexts } from '../helpers/curriculumText'

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
  // Citation markers ("[1]", "[1, 3]") name a lesson source, not a figure (see the markers rule).
  const text = lessonTexts(lesson, 'en').join('\n').replace(/\s*\[\d+(?:,\s*\d+)*\]/g, '').replace(COURSE_REFERENCE, '')
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

  it('quotes a toolkit title in full wherever a module or lesson names one', () => {
    const texts = curriculum.flatMap((module) => [module.en.title, module.en.summary, ...module.lessons.flatMap((lesson) => lessonTexts(lesson, 'en'))])
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
