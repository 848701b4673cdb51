import type { Payload } from 'payload'

import type { CurriculumCollection } from '@/lib/language/documentText'
import type { AppLocale } from '@/lib/locales'

import { lessonAccessFacts, quizForGrading } from '@/lib/curriculum/grading'
import { findLesson, findModule, findModuleQuiz, findSpanishGaps, learnerOfOrganization, listLessons, listModules } from '@/lib/curriculum/published'

import { cachedRead } from './cachedRead'
import { CURRICULUM_TAG } from './tags'

/**
 * Published curriculum as every learner of one organization sees it, in Next's
 * data cache. The key is the organization, the language and what is asked
 * for; any curriculum save drops it on every instance (CURRICULUM_TAG).
 */
const curriculum = { tags: () => [CURRICULUM_TAG], revalidate: 300 }
const reader = learnerOfOrganization

export const publishedModules = cachedRead(
  'curriculum:modules',
  async (payload: Payload, organizationId: number | null, locale: AppLocale) => listModules(payload, reader(organizationId), locale),
  curriculum,
)

export const publishedModule = cachedRead(
  'curriculum:module',
  async (payload: Payload, organizationId: number | null, locale: AppLocale, slug: string) => findModule(payload, reader(organizationId), locale, slug),
  curriculum,
)

export const publishedLessons = cachedRead(
  'curriculum:lessons',
  async (payload: Payload, organizationId: number | null, locale: AppLocale, moduleIds: string | null) =>
    listLessons(payload, reader(organizationId), locale, moduleIds === null ? null : moduleIds.split(',').map(Number)),
  curriculum,
)

export const publishedLesson = cachedRead(
  'curriculum:lesson',
  async (payload: Payload, organizationId: number | null, locale: AppLocale, moduleId: number, slug: string) =>
    findLesson(payload, reader(organizationId), locale, moduleId, slug),
  curriculum,
)

export const publishedQuiz = cachedRead(
  'curriculum:quiz',
  async (payload: Payload, organizationId: number | null, locale: AppLocale, moduleId: number) => findModuleQuiz(payload, reader(organizationId), locale, moduleId),
  curriculum,
)

/** What of a published document shows in English under the Spanish interface (the learner's notice). */
export const publishedSpanishGaps = cachedRead(
  'curriculum:spanish-gaps',
  async (payload: Payload, organizationId: number | null, collection: CurriculumCollection, id: number) =>
    findSpanishGaps(payload, reader(organizationId), collection, id),
  curriculum,
)

/** Server-side only (progress and quiz endpoints): never rendered. */
export const cachedLessonAccessFacts = cachedRead(
  'curriculum:lesson-access',
  async (payload: Payload, lessonId: number) => lessonAccessFacts(payload, lessonId),
  curriculum,
)

/** Server-side only: the answer key never leaves the grader. */
export const cachedQuizForGrading = cachedRead(
  'curriculum:quiz-grading',
  async (payload: Payload, quizId: number, locale: AppLocale) => quizForGrading(payload, quizId, locale),
  curriculum,
)
