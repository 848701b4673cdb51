import type { BodyBlock, CurriculumModule, LessonContent, Locale, QuestionContent } from '../../seed/content/types'

import { wordCount } from '@/lib/language/readability'
import { competencies, curriculum } from '../../seed/content'

/** Every string a learner reads in one lesson body block. */
export const blockTexts = (block: BodyBlock): string[] => {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text]
    case 'list':
      return block.items
    case 'callout':
      return [block.title, block.text]
    case 'keyTerms':
      return block.terms.flatMap((term) => [term.term, term.definition])
  }
}

export const lessonTexts = (lesson: LessonContent, locale: Locale): string[] => [
  lesson[locale].title,
  lesson[locale].summary,
  ...lesson[locale].body.flatMap(blockTexts),
]

/**
 * `acceptedAnswers: false` leaves out what a learner may type (variants a grader accepts, e.g. "la persona
 * primero"), which is not how the curriculum itself renders a term.
 */
export const questionTexts = (question: QuestionContent, locale: Locale, { acceptedAnswers = true } = {}): string[] =>
  question.type === 'short-answer'
    ? [question[locale].prompt, ...(acceptedAnswers ? question[locale].acceptedAnswers : []), question[locale].correctFeedback, question[locale].incorrectFeedback]
    : [question[locale].prompt, ...question.choices.flatMap((choice) => [choice[locale].text, choice[locale].feedback])]

export const moduleTexts = (module: CurriculumModule, locale: Locale, options: { acceptedAnswers?: boolean } = {}): string[] => [
  module[locale].title,
  module[locale].summary,
  ...module.lessons.flatMap((lesson) => lessonTexts(lesson, locale)),
  module.quiz[locale].title,
  module.quiz[locale].instructions,
  ...module.quiz.questions.flatMap((question) => questionTexts(question, locale, options)),
]

/** Each text of the shipped curriculum in one locale (modules, lessons, quizzes, competencies), with where it is. */
export const curriculumTexts = (locale: Locale, options: { acceptedAnswers?: boolean } = {}): { where: string; text: string }[] => [
  ...curriculum.flatMap((module) => moduleTexts(module, locale, options).map((text) => ({ where: module.slug, text }))),
  ...competencies.flatMap((competency) =>
    [competency[locale].title, competency[locale].description].map((text) => ({ where: `competency ${competency.code}`, text })),
  ),
]

/** Words in a lesson's English body, key terms included: what a learner reads (citation markers are not words). */
export const lessonWords = (lesson: LessonContent): number => wordCount(lesson.en.body.flatMap(blockTexts))
