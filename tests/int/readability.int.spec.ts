import { describe, expect, it } from 'vitest'

import { curriculum } from '../../seed/content'
import { toLexical } from '../../seed/lexical'
import { GRADE_CEILING, gradeLevel, lexicalProse, QUIZ_MINUTES, readingMinutes, TARGET_GRADE, wordCount } from '@/lib/language/readability'
import { blockTexts, lessonTexts, lessonWords } from '../helpers/curriculumText'

const lessons = curriculum.flatMap((module) => module.lessons)
const prose = (lesson: (typeof lessons)[number]) =>
  lesson.en.body.filter((block) => block.type !== 'heading' && block.type !== 'keyTerms').flatMap(blockTexts)

// British forms that slipped into the English text before; the curriculum is written in American English.
const BRITISH = /\b(?:behaviour\w*|organis(?:e|es|ed|ing|ation\w*)|licence[sd]?|programmes?|centres?|recognis\w+|practis(?:e|es|ed|ing)|colour\w*|favour\w*|labour\w*|judgement\w*|counsell\w+|honour\w*|neighbour\w*|defence|offence)\b/i

describe('plain language', () => {
  it('scores plain prose low and dense prose high', () => {
    expect(gradeLevel(['We talk. You listen. Then we plan the next step together.'])).toBeLessThan(TARGET_GRADE)
    expect(
      gradeLevel(['Organizational implementation of recovery-oriented interdisciplinary infrastructure necessitates comprehensive institutional reconfiguration.']),
    ).toBeGreaterThan(GRADE_CEILING)
  })

  it('grades a cited sentence as the same sentence uncited', () => {
    const plain = 'Peer support is available in all 50 states. Medicaid pays for it in 35 of them.'
    expect(gradeLevel(['Peer support is available in all 50 states [2]. Medicaid pays for it in 35 of them [2, 4].'])).toBe(gradeLevel([plain]))
    expect(wordCount(['It works [1, 3].'])).toBe(2)
  })

  it('reads the same prose from a published Lexical body as from the seed text', () => {
    const lesson = lessons[0]!
    expect(lexicalProse(toLexical(lesson.en.body, 'test'))).toEqual(prose(lesson).map((text) => text.replace(/\*\*/g, '')))
  })

  // Passes once modules 1–4's grade-8 rewrites are merged; until then it lists the lessons still above grade 8.
  it('keeps every shipped lesson at grade 8 or below (citation markers not counted)', () => {
    expect(GRADE_CEILING).toBe(8)
    const tooHard = lessons.map((lesson) => ({ slug: lesson.slug, grade: gradeLevel(prose(lesson)) })).filter(({ grade }) => grade > GRADE_CEILING)
    expect(tooHard).toEqual([])
  })

  it('writes American English', () => {
    const british = curriculum.flatMap((module) =>
      [module.en.title, module.en.summary, ...module.lessons.flatMap((lesson) => lessonTexts(lesson, 'en'))].flatMap((text) => text.match(BRITISH) ?? []),
    )
    expect(british).toEqual([])
  })

  it('estimates each lesson’s time from its word count, and each module’s from its lessons and quiz', () => {
    for (const module of curriculum) {
      for (const lesson of module.lessons) expect(lesson.estimatedMinutes, lesson.slug).toBe(readingMinutes(lessonWords(lesson)))
      expect(module.estimatedMinutes, module.slug).toBe(module.lessons.reduce((sum, lesson) => sum + lesson.estimatedMinutes, 0) + QUIZ_MINUTES)
    }
  })

  it('spells out SAMHSA, BRSS TACS and DBHIDS the first time each module uses them', () => {
    const full = {
      SAMHSA: 'Substance Abuse and Mental Health Services Administration (SAMHSA',
      'BRSS TACS': 'Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS)',
      DBHIDS: 'Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS)',
    }
    for (const module of curriculum) {
      const text = module.lessons.flatMap((lesson) => lessonTexts(lesson, 'en').slice(2)).join('\n')
      for (const [acronym, spelled] of Object.entries(full)) {
        const first = text.search(new RegExp(`\\b${acronym}\\b`))
        if (first === -1) continue
        expect(text.indexOf(spelled), `${module.slug}: ${acronym}`).toBeGreaterThan(-1)
        expect(text.indexOf(spelled) + spelled.indexOf(acronym), `${module.slug}: ${acronym} spelled out at first use`).toBe(first)
      }
    }
  })
})
