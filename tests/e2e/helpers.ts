import type { APIRequestContext, Page } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { curriculum } from '../../seed/content'
import { expect } from './fixtures'

export const DEMO_PASSWORD = 'peerpath-demo'
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, 'screenshots')

export const signIn = async (page: Page, email: string, password = DEMO_PASSWORD) => {
  await page.goto('/login')
  await page.locator('#email').fill(email)
  await page.locator('#password').fill(password)
  await page.locator('main form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/learn$/)
}

/** axe-core on the current page: nothing serious or critical may remain. */
export const expectAccessible = async (page: Page) => {
  // Next streams page metadata; after a client-side navigation the title can land a moment later.
  await expect(page).toHaveTitle(/\S/)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([])
}

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

export interface KeyedQuestion {
  id: string
  type: 'single' | 'multiple' | 'true-false' | 'short-answer'
  choices?: { id: string; text: string; isCorrect?: boolean }[]
  acceptedAnswers?: { answer: string }[]
}

/** The answer key, read with a trainer's token (learners cannot read it). */
export const answerKey = async (request: APIRequestContext, quizSlug: string, locale: 'en' | 'es') => {
  const login = await request.post('/api/users/login', { data: { email: 'trainer@peerpath.example', password: DEMO_PASSWORD } })
  const { token } = await login.json()
  const response = await request.get(`/api/quizzes?where[slug][equals]=${quizSlug}&locale=${locale}&depth=0`, {
    headers: { authorization: `JWT ${token}` },
  })
  const body = await response.json()
  return body.docs[0] as { id: number; questions: KeyedQuestion[]; passingScore: number }
}

/**
 * Answers the questions the quiz page shows (this attempt's draw from the bank), all right or all wrong,
 * from the test's own copy of the shipped answers: each question is found by its prompt, each choice by its text.
 */
export const answerQuiz = async (page: Page, quizSlug: string, locale: 'en' | 'es', correct: boolean) => {
  const bank = curriculum.find((module) => module.quiz.slug === quizSlug)?.quiz.questions ?? []
  const fieldsets = page.locator('fieldset.question')
  // count() does not wait: let the page (a retry is a navigation) show its questions first.
  await expect(fieldsets.first()).toBeVisible()
  const shown = await fieldsets.count()
  for (let index = 0; index < shown; index++) {
    const fieldset = fieldsets.nth(index)
    const prompt = (await fieldset.locator('.question-prompt').innerText()).trim()
    const question = bank.find((candidate) => candidate[locale].prompt.trim() === prompt)
    if (!question) throw new Error(`The quiz page shows a question the seed does not have: ${prompt}`)
    if (question.type === 'short-answer') {
      await fieldset.locator('input[type="text"]').fill(correct ? question[locale].acceptedAnswers[0] : 'no idea')
      continue
    }
    const wanted = correct ? question.choices.filter((choice) => choice.isCorrect) : question.choices.filter((choice) => !choice.isCorrect).slice(0, 1)
    for (const choice of wanted) await fieldset.getByLabel(choice[locale].text, { exact: true }).check()
  }
  return shown
}
