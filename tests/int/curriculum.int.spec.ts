import { describe, expect, it } from 'vitest'

import type { LessonContent } from '../../seed/content/types'

import { competencies, curriculum } from '../../seed/content'
import { checkPersonFirstLanguage } from '@/lib/language/personFirst'
import { wordCount } from '@/lib/language/readability'
import { scanPublishedContent } from '@/lib/language/scanPublished'
import { api } from '../helpers/api'
import { runScript, SCRIPT_TIMEOUT_MS } from '../helpers/cli'
import { blockTexts } from '../helpers/curriculumText'
import { createCourse, createUser, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const words = (lesson: LessonContent, locale: 'en' | 'es') => wordCount(lesson[locale].body.filter((block) => block.type !== 'keyTerms').flatMap(blockTexts))

describe('the shipped curriculum', () => {
  it('has the four toolkit modules in order, each with 3 to 6 lessons and a quiz that draws 5 to 10 questions from a bank of at least 15', () => {
    expect(curriculum.map((module) => module.area)).toEqual([
      'preparing-the-organization',
      'recruiting-and-hiring',
      'service-delivery',
      'supervision-and-retention',
    ])
    for (const module of curriculum) {
      expect(module.lessons.length, module.slug).toBeGreaterThanOrEqual(3)
      expect(module.lessons.length, module.slug).toBeLessThanOrEqual(6)
      // The bank itself is counted in detail by questionBank.int.spec.ts.
      expect(module.quiz.questions.length, module.slug).toBeGreaterThanOrEqual(15)
      expect(module.quiz.questionsPerAttempt, module.slug).toBeGreaterThanOrEqual(5)
      expect(module.quiz.questionsPerAttempt, module.slug).toBeLessThanOrEqual(10)
    }
  })

  it('gives every lesson real prose, key terms, a reflection, competencies and sources', () => {
    for (const lesson of curriculum.flatMap((module) => module.lessons)) {
      expect(words(lesson, 'en'), lesson.slug).toBeGreaterThanOrEqual(300)
      expect(words(lesson, 'en'), lesson.slug).toBeLessThanOrEqual(900)
      for (const locale of ['en', 'es'] as const) {
        const blocks = lesson[locale].body
        expect(blocks.some((block) => block.type === 'keyTerms'), `${lesson.slug} ${locale}`).toBe(true)
        expect(blocks.some((block) => block.type === 'callout' && block.variant === 'reflection'), `${lesson.slug} ${locale}`).toBe(true)
      }
      expect(lesson.es.body.map((block) => block.type)).toEqual(lesson.en.body.map((block) => block.type))
      expect(lesson.competencies.length, lesson.slug).toBeGreaterThanOrEqual(1)
      expect(lesson.sources.length, lesson.slug).toBeGreaterThanOrEqual(1)
    }
  })

  it('gives every quiz a passing score and every question a correct answer and feedback in both languages', () => {
    for (const { quiz } of curriculum) {
      expect(quiz.passingScore).toBeGreaterThan(0)
      expect(new Set(quiz.questions.map((question) => question.type)).size, quiz.slug).toBeGreaterThanOrEqual(3)
      for (const question of quiz.questions) {
        expect(question.competencies.length).toBeGreaterThanOrEqual(1)
        if (question.type === 'short-answer') {
          for (const locale of ['en', 'es'] as const) {
            expect(question[locale].acceptedAnswers.length).toBeGreaterThanOrEqual(1)
            expect(question[locale].correctFeedback && question[locale].incorrectFeedback).toBeTruthy()
          }
          continue
        }
        const correct = question.choices.filter((choice) => choice.isCorrect).length
        expect(correct, question.en.prompt).toBeGreaterThanOrEqual(1)
        if (question.type !== 'multiple') expect(correct, question.en.prompt).toBe(1)
        for (const choice of question.choices) {
          expect(choice.en.feedback && choice.es.feedback && choice.es.text, choice.en.text).toBeTruthy()
        }
      }
    }
  })

  it('tags the 12 SAMHSA competency categories in both languages, and every one is used', () => {
    expect(competencies).toHaveLength(12)
    for (const competency of competencies) expect(competency.es.title).not.toBe(competency.en.title)
    const used = new Set(
      curriculum.flatMap((module) => [
        ...module.lessons.flatMap((lesson) => lesson.competencies),
        ...module.quiz.questions.flatMap((question) => question.competencies),
      ]),
    )
    expect(used.size).toBeGreaterThanOrEqual(10)
  })

  it('has zero person-first language findings, as text and as published documents', async () => {
    const texts = JSON.stringify(curriculum)
    expect(checkPersonFirstLanguage(texts)).toEqual([])
    const payload = await testPayload()
    expect(await scanPublishedContent(payload)).toEqual([])
    const lint = runScript('scripts/lint-language.ts', [], process.env.DATABASE_URL!)
    expect(lint.status, lint.stdout + lint.explain).toBe(0)
  }, SCRIPT_TIMEOUT_MS)
})

describe('the language check in the admin', () => {
  it('saves a draft with findings, refuses to publish it unreviewed, and publishes once reviewed', async () => {
    const payload = await testPayload()
    const trainer = await createUser(payload, 'trainer')
    const { module } = await createCourse(payload)
    const slug = uniqueSlug('language')
    const draft = await api('POST', '/lessons', {
      token: trainer.token,
      body: { title: 'Working with an addict', slug, module: module.id, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.languageFindings).toEqual([
      expect.objectContaining({ field: 'title', term: 'addict', suggestion: expect.stringMatching(/person/i) }),
    ])

    const publish = await api('PATCH', `/lessons/${draft.body.doc.id}`, { token: trainer.token, body: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.body)).toMatch(/addict.*reviewed/)

    const reviewed = await api('PATCH', `/lessons/${draft.body.doc.id}`, {
      token: trainer.token,
      body: { _status: 'published', languageReviewed: true },
    })
    expect(reviewed.status).toBe(200)
    expect(reviewed.body.doc.languageReviewed).toBe(true)
    const found = (await scanPublishedContent(payload)).filter((finding) => finding.slug === slug)
    expect(found.map((finding) => finding.term)).toEqual(['addict'])
    await payload.delete({ collection: 'lessons', id: draft.body.doc.id })
  })

  it('checks Spanish text with the Spanish rules', async () => {
    const payload = await testPayload()
    const trainer = await createUser(payload, 'trainer')
    const { lesson } = await createCourse(payload)
    const response = await api('PATCH', `/lessons/${lesson.id}?locale=es&draft=true`, {
      token: trainer.token,
      body: { title: 'Cómo acompañar a un adicto', _status: 'draft' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.languageFindings.map((finding: { term: string }) => finding.term)).toEqual(['adicto'])
  })

  it('reports a Spanish variant of a glossary term, with the glossary’s rendering as the suggestion', async () => {
    const payload = await testPayload()
    const trainer = await createUser(payload, 'trainer')
    const { lesson } = await createCourse(payload)
    const response = await api('PATCH', `/lessons/${lesson.id}?locale=es&draft=true`, {
      token: trainer.token,
      body: { title: 'La mutualidad y las redes sociales de apoyo [1]', _status: 'draft' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.languageFindings).toEqual([
      { field: 'title', term: 'mutualidad', suggestion: 'reciprocidad', rule: 'glossary:mutuality' },
      { field: 'title', term: 'redes sociales', suggestion: 'redes de apoyo', rule: 'glossary:social networks' },
    ])
    // English text is not held to the Spanish glossary.
    const english = await api('PATCH', `/lessons/${lesson.id}?draft=true`, { token: trainer.token, body: { title: 'Mutualidad, in Spanish', _status: 'draft' } })
    expect(english.body.doc.languageFindings).toEqual([])
  })
})
