import { describe, expect, it } from 'vitest'

import { checkPersonFirstLanguage } from '@/lib/language/personFirst'
import { LOCALES } from '@/lib/locales'
import { lessonHref, READINESS_AREA_IDS, READINESS_AREAS, READINESS_SCALE, READINESS_STATEMENT_IDS } from '@/lib/readiness/questionnaire'
import {
  compareWithPrevious,
  parseReadinessForm,
  ReadinessAnswers,
  type ReadinessResult,
  readinessLevel,
  recommendationsFor,
  scoreReadiness,
} from '@/lib/readiness/score'

// Pure unit tests: no database, no Payload, just the questionnaire data and the scoring functions.

// Copied from the seeded curriculum on purpose: a renamed lesson must break this test, not a manager's link.
const CURRICULUM: Record<string, readonly string[]> = {
  'preparing-the-organization': [
    'what-is-peer-support',
    'peerness-and-mutuality',
    'benefits-of-peer-support',
    'recovery-oriented-systems-and-recovery-capital',
    'is-your-culture-ready',
  ],
  'recruiting-and-hiring': [
    'lived-experience-as-qualification',
    'peer-titles-and-roles',
    'peer-certification-landscape',
    'writing-peer-job-descriptions',
    'recovery-friendly-recruiting-and-hiring',
  ],
  'effective-service-delivery': [
    'what-peer-support-workers-do',
    'types-of-peer-support',
    'settings-outreach-and-engagement',
    'sharing-lived-experience-with-purpose',
    'linking-to-resources-services-supports',
  ],
  'supporting-supervising-retaining': [
    'why-invest-in-supervision',
    'clarifying-the-peer-role',
    'preventing-role-drift',
    'supporting-peer-staff-wellness',
    'integration-growth-retention',
  ],
}

/** Every statement rated the same, with optional overrides per statement id. */
const answersWith = (rating: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(READINESS_STATEMENT_IDS.map((id) => [id, rating])),
  ...overrides,
})

/** Every statement of one area rated the same. */
const area = (id: string, rating: number) =>
  Object.fromEntries(READINESS_AREAS.find((candidate) => candidate.id === id)!.statements.map((statement) => [statement.id, rating]))

const asForm = (answers: Record<string, number>) => Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, String(value)]))

const scoreOf = (result: ReadinessResult, id: string) => result.areas.find((candidate) => candidate.id === id)!.score

describe('readiness questionnaire', () => {
  it('has the six areas in order', () => {
    expect(READINESS_AREAS.map((candidate) => candidate.id)).toEqual([...READINESS_AREA_IDS])
    expect(READINESS_AREA_IDS).toEqual(['leadership', 'roles', 'supervision', 'disclosure', 'hiring', 'retention'])
  })

  it('gives every area a title, a description and three statements in both languages', () => {
    for (const candidate of READINESS_AREAS) {
      expect(candidate.statements, candidate.id).toHaveLength(3)
      for (const locale of LOCALES) {
        expect(candidate.title[locale].trim(), `${candidate.id} title ${locale}`).not.toBe('')
        expect(candidate.description[locale].trim(), `${candidate.id} description ${locale}`).not.toBe('')
        for (const statement of candidate.statements) expect(statement.text[locale].trim(), `${statement.id} ${locale}`).not.toBe('')
      }
      candidate.statements.forEach((statement, index) => expect(statement.id).toBe(`${candidate.id}-${index + 1}`))
    }
  })

  it('uses unique statement ids', () => {
    expect(READINESS_STATEMENT_IDS).toHaveLength(18)
    expect(new Set(READINESS_STATEMENT_IDS).size).toBe(READINESS_STATEMENT_IDS.length)
  })

  it('links only to lessons that exist, two or three per area, without repeats', () => {
    for (const candidate of READINESS_AREAS) {
      expect(candidate.lessons.length, candidate.id).toBeGreaterThanOrEqual(2)
      expect(candidate.lessons.length, candidate.id).toBeLessThanOrEqual(3)
      expect(new Set(candidate.lessons.map(lessonHref)).size, candidate.id).toBe(candidate.lessons.length)
      for (const ref of candidate.lessons) expect(CURRICULUM[ref.module] ?? [], `${ref.module}/${ref.lesson}`).toContain(ref.lesson)
    }
  })

  it('builds lesson links the site can route', () => {
    expect(lessonHref({ module: 'recruiting-and-hiring', lesson: 'writing-peer-job-descriptions' })).toBe(
      '/modules/recruiting-and-hiring/lessons/writing-peer-job-descriptions',
    )
  })

  it('has a four-step scale labelled in both languages', () => {
    expect(READINESS_SCALE.map((level) => level.value)).toEqual([1, 2, 3, 4])
    expect(READINESS_SCALE.map((level) => level.label.en)).toEqual(['Not yet', 'Starting', 'Mostly in place', 'Fully in place'])
    for (const level of READINESS_SCALE) expect(level.label.es.trim()).not.toBe('')
  })

  it('passes the person-first language check in English and Spanish', () => {
    const texts = [
      ...READINESS_AREAS.flatMap((candidate) => [candidate.title, candidate.description, ...candidate.statements.map((statement) => statement.text)]),
      ...READINESS_SCALE.map((level) => level.label),
    ]
    for (const text of texts) {
      for (const locale of LOCALES) expect(checkPersonFirstLanguage(text[locale], locale), text[locale]).toEqual([])
    }
  })
})

describe('scoreReadiness', () => {
  it('scores all "Not yet" as 0 and all "Fully in place" as 100', () => {
    const lowest = scoreReadiness(answersWith(1))
    expect(lowest.overall).toBe(0)
    expect(lowest.areas.every((candidate) => candidate.score === 0 && candidate.level === 'needs-attention')).toBe(true)

    const highest = scoreReadiness(answersWith(4))
    expect(highest.overall).toBe(100)
    expect(highest.areas.every((candidate) => candidate.score === 100 && candidate.level === 'strong')).toBe(true)
  })

  it('scores each area from the mean of its ratings and averages the areas', () => {
    const result = scoreReadiness(
      answersWith(3, {
        ...area('leadership', 2), // mean 2 → 33
        'roles-1': 3, 'roles-2': 3, 'roles-3': 2, // mean 8/3 → 55.6 → 56
        'supervision-1': 4, 'supervision-2': 4, 'supervision-3': 3, // mean 11/3 → 88.9 → 89
        ...area('disclosure', 1), // 0
        ...area('hiring', 4), // 100
        // retention stays at 3 → 66.7 → 67
      }),
    )
    expect(result.areas).toEqual([
      { id: 'leadership', score: 33, level: 'needs-attention' },
      { id: 'roles', score: 56, level: 'developing' },
      { id: 'supervision', score: 89, level: 'strong' },
      { id: 'disclosure', score: 0, level: 'needs-attention' },
      { id: 'hiring', score: 100, level: 'strong' },
      { id: 'retention', score: 67, level: 'developing' },
    ])
    // (33 + 56 + 89 + 0 + 100 + 67) / 6 = 57.5, rounded half up.
    expect(result.overall).toBe(58)
  })

  it('places the level thresholds at 50 and 80', () => {
    expect(readinessLevel(0)).toBe('needs-attention')
    expect(readinessLevel(49)).toBe('needs-attention')
    expect(readinessLevel(50)).toBe('developing')
    expect(readinessLevel(79)).toBe('developing')
    expect(readinessLevel(80)).toBe('strong')
    expect(readinessLevel(100)).toBe('strong')
  })
})

describe('recommendationsFor', () => {
  it('lists areas that are not strong, weakest first, ties in questionnaire order, with their lessons', () => {
    const result = scoreReadiness(
      answersWith(4, {
        ...area('leadership', 3), // 67
        ...area('supervision', 2), // 33
        ...area('disclosure', 3), // 67
        ...area('retention', 2), // 33
      }),
    )
    const recommendations = recommendationsFor(result)
    expect(recommendations.map((recommendation) => recommendation.id)).toEqual(['supervision', 'retention', 'leadership', 'disclosure'])
    expect(recommendations[0]).toMatchObject({ score: 33, level: 'needs-attention', title: { en: 'Supervision plan' } })
    for (const recommendation of recommendations) {
      expect(recommendation.lessons).toEqual(READINESS_AREAS.find((candidate) => candidate.id === recommendation.id)!.lessons)
    }
  })

  it('recommends nothing when every area is strong', () => {
    expect(recommendationsFor(scoreReadiness(answersWith(4, { 'roles-2': 3 })))).toEqual([])
  })
})

describe('compareWithPrevious', () => {
  const current = scoreReadiness(answersWith(3, area('hiring', 4)))

  it('reports no change without a previous assessment', () => {
    expect(compareWithPrevious(current, undefined).map((change) => change.delta)).toEqual([null, null, null, null, null, null])
  })

  it('reports the points gained or lost per area', () => {
    const previous = scoreReadiness(answersWith(2, area('hiring', 4)))
    const changes = compareWithPrevious(current, previous)
    expect(changes.map((change) => change.id)).toEqual([...READINESS_AREA_IDS])
    expect(changes.find((change) => change.id === 'hiring')!.delta).toBe(0)
    expect(changes.find((change) => change.id === 'leadership')!.delta).toBe(scoreOf(current, 'leadership') - scoreOf(previous, 'leadership'))
    expect(changes.find((change) => change.id === 'leadership')!.delta).toBe(34)
  })

  it('has no delta for an area missing from an older assessment', () => {
    const previous = { areas: [{ id: 'leadership', score: 50 }] }
    const changes = compareWithPrevious(current, previous)
    expect(changes[0]).toEqual({ id: 'leadership', delta: 17 })
    expect(changes.slice(1).every((change) => change.delta === null)).toBe(true)
  })
})

describe('parseReadinessForm', () => {
  it('turns a complete form into validated answers', () => {
    const parsed = parseReadinessForm(asForm(answersWith(2, { 'leadership-1': 4 })))
    expect(parsed).toEqual({ ok: true, answers: answersWith(2, { 'leadership-1': 4 }) })
  })

  it('ignores the fields React adds to server action forms', () => {
    const parsed = parseReadinessForm({ ...asForm(answersWith(3)), $ACTION_REF_1: '', '$ACTION_1:0': '{}', $ACTION_KEY: 'k1' })
    expect(parsed.ok).toBe(true)
  })

  it('lists unanswered statements', () => {
    const form: Record<string, unknown> = asForm(answersWith(3))
    delete form['roles-2']
    form['retention-3'] = ''
    expect(parseReadinessForm(form)).toEqual({ ok: false, missing: ['roles-2', 'retention-3'] })
  })

  it('rejects ratings outside 1 to 4', () => {
    const form = { ...asForm(answersWith(3)), 'leadership-1': '0', 'hiring-2': '5' }
    expect(parseReadinessForm(form)).toEqual({ ok: false, missing: ['leadership-1', 'hiring-2'] })
  })

  it('rejects ratings that are not whole numbers', () => {
    const form = { ...asForm(answersWith(3)), 'supervision-1': '2.5', 'supervision-2': 'three', 'supervision-3': 3.5 }
    expect(parseReadinessForm(form)).toEqual({ ok: false, missing: ['supervision-1', 'supervision-2', 'supervision-3'] })
  })

  it('rejects keys the questionnaire does not know', () => {
    const form = { ...asForm(answersWith(3)), 'leadership-4': '3' }
    expect(parseReadinessForm(form)).toEqual({ ok: false, missing: ['leadership-4'] })
  })
})

describe('ReadinessAnswers', () => {
  it('requires every statement and refuses unknown keys', () => {
    expect(ReadinessAnswers.safeParse(answersWith(4)).success).toBe(true)
    const { 'disclosure-2': _omitted, ...incomplete } = answersWith(4)
    expect(ReadinessAnswers.safeParse(incomplete).success).toBe(false)
    expect(ReadinessAnswers.safeParse({ ...answersWith(4), extra: 1 }).success).toBe(false)
    expect(ReadinessAnswers.safeParse(answersWith(4, { 'hiring-1': 2.5 })).success).toBe(false)
  })
})
