import { describe, expect, it } from 'vitest'

import type { CurriculumModule, QuestionContent } from '../../seed/content/types'

import { checkPersonFirstLanguage } from '@/lib/language/personFirst'
import { normalizeAnswer, withoutDiacritics } from '@/lib/quiz/normalize'
import { curriculum } from '../../seed/content'

/**
 * The shipped question banks, counted: enough questions per module, every
 * type, mostly scenarios, every lesson assessed, nothing asked twice across
 * modules, four options per choice question, both languages, person-first.
 */

const LOCALES = ['en', 'es'] as const
const isChoice = (q: QuestionContent): q is Extract<QuestionContent, { choices: unknown }> => q.type !== 'short-answer'
const plain = (text: string) => withoutDiacritics(normalizeAnswer(text)).replace(/[“”"'’‘¿?¡!.,:;()]/g, '').replace(/\s+/g, ' ').trim()

/** Every text of a question a learner may read, with its language. */
const textsOf = (q: QuestionContent) =>
  LOCALES.flatMap((locale) => [
    { locale, text: q[locale].prompt },
    ...(isChoice(q)
      ? q.choices.flatMap((choice) => [
          { locale, text: choice[locale].text },
          { locale, text: choice[locale].feedback },
        ])
      : [
          { locale, text: q[locale].correctFeedback },
          { locale, text: q[locale].incorrectFeedback },
          ...q[locale].acceptedAnswers.map((text) => ({ locale, text })),
        ]),
  ])

describe.each(curriculum.map((module) => [module.slug, module] as [string, CurriculumModule]))('the %s question bank', (_slug, module) => {
  const questions = module.quiz.questions

  it('has at least 15 questions of all four types, and draws fewer per attempt than it holds', () => {
    expect(questions.length).toBeGreaterThanOrEqual(15)
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'short-answer']))
    const perAttempt = module.quiz.questionsPerAttempt ?? 0
    expect(perAttempt).toBeGreaterThanOrEqual(module.lessons.length)
    expect(perAttempt).toBeLessThan(questions.length)
    // The Quizzes collection holds at most 50 questions.
    expect(questions.length).toBeLessThanOrEqual(50)
  })

  it('is at least half scenarios that ask for judgment', () => {
    const scenarios = questions.filter((q) => q.scenario).length
    expect(scenarios * 2).toBeGreaterThanOrEqual(questions.length)
  })

  it('assesses every lesson of its module with at least two questions, and names no other lesson', () => {
    const slugs = module.lessons.map((lesson) => lesson.slug)
    for (const q of questions) expect(slugs, q.en.prompt).toContain(q.lesson)
    for (const slug of slugs) expect(questions.filter((q) => q.lesson === slug).length, slug).toBeGreaterThanOrEqual(2)
  })

  it('gives single and multiple choice questions four options, true/false two, and each a correct answer', () => {
    for (const q of questions) {
      if (!isChoice(q)) continue
      const correct = q.choices.filter((choice) => choice.isCorrect).length
      if (q.type === 'true-false') {
        expect(q.choices.map((choice) => choice.en.text), q.en.prompt).toEqual(['True', 'False'])
        expect(correct).toBe(1)
      } else {
        expect(q.choices.length, q.en.prompt).toBe(4)
        if (q.type === 'single') expect(correct, q.en.prompt).toBe(1)
        else expect(correct, q.en.prompt).toBeGreaterThanOrEqual(2)
      }
      // No option is a copy of another.
      for (const locale of LOCALES) expect(new Set(q.choices.map((choice) => plain(choice[locale].text))).size).toBe(q.choices.length)
    }
  })

  it('has every text in English and Spanish, with Spanish that differs from the English', () => {
    for (const q of questions) {
      for (const { text } of textsOf(q)) expect(text.trim().length, q.en.prompt).toBeGreaterThan(0)
      expect(q.es.prompt).not.toBe(q.en.prompt)
      if (!isChoice(q)) for (const locale of LOCALES) expect(q[locale].acceptedAnswers.length, q.en.prompt).toBeGreaterThanOrEqual(2)
    }
  })

  it('speaks to the learner as “tú” in Spanish', () => {
    // Usted-register forms the previous quizzes used ("Responda…", "Seleccione…", "compruebe lo aprendido", "Necesita un 80 %").
    const usted = /(?<![\p{L}])(?:responda|seleccione|compruebe lo aprendido|necesita un|puede intentarlo|usted|ustedes)(?![\p{L}])/iu
    for (const q of questions) for (const { locale, text } of textsOf(q)) if (locale === 'es') expect(text).not.toMatch(usted)
    expect(module.quiz.es.instructions).not.toMatch(usted)
  })

  it('does not give the answer away in the prompt', () => {
    for (const q of questions) {
      for (const locale of LOCALES) {
        const promptText = plain(q[locale].prompt)
        const answers = isChoice(q)
          ? q.type === 'true-false'
            ? []
            : q.choices.filter((choice) => choice.isCorrect).map((choice) => choice[locale].text)
          : q[locale].acceptedAnswers
        for (const answer of answers) {
          const key = plain(answer)
          if (key.length >= 4) expect(promptText, `${q.en.prompt} → ${answer}`).not.toContain(key)
        }
      }
    }
  })

  it('has no person-first language findings in any question, choice, feedback or the instructions', () => {
    const texts = [
      ...questions.flatMap(textsOf),
      ...LOCALES.flatMap((locale) => [
        { locale, text: module.quiz[locale].title },
        { locale, text: module.quiz[locale].instructions },
      ]),
    ]
    const findings = texts.flatMap(({ locale, text }) => checkPersonFirstLanguage(text, locale).map((finding) => `${locale}: ${finding.term} in “${text}”`))
    expect(findings).toEqual([])
  })
})

describe('the question banks together', () => {
  it('never ask the same question in two modules (in either language)', () => {
    for (const locale of LOCALES) {
      const seen = new Map<string, string>()
      for (const module of curriculum) {
        for (const q of module.quiz.questions) {
          const key = plain(q[locale].prompt)
          expect(seen.get(key), `${locale}: “${q[locale].prompt}” is in ${seen.get(key)} and ${module.slug}`).toBeUndefined()
          seen.set(key, module.slug)
        }
      }
    }
  })

  it('do not keep re-testing the same facts: each of the old favourites is asked about in one question at most', () => {
    // Facts the previous quizzes asked again and again across modules.
    const favourites = [/complement|without duplicating|or replac/i, /credential/i, /peerness/i, /diversion|PRO-ACT/i, /recovery capital/i]
    for (const fact of favourites) {
      const asking = curriculum.flatMap((module) =>
        module.quiz.questions.filter((q) => fact.test(q.en.prompt) || (isChoice(q) && q.choices.some((c) => c.isCorrect && fact.test(c.en.text)))),
      )
      expect(asking.length, String(fact)).toBeLessThanOrEqual(1)
    }
  })

  it('use the one Spanish rendering of peer support, “apoyo entre pares”', () => {
    for (const module of curriculum)
      for (const q of module.quiz.questions)
        for (const { locale, text } of textsOf(q)) if (locale === 'es') expect(text).not.toMatch(/apoyo de pares|apoyo entre iguales|apoyo par a par/i)
  })
})
