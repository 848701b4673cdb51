/**
 * Shape of the shipped curriculum. Seed files under seed/content/ export data of
 * these types; seed/ turns them into Payload documents (Lexical bodies, locales).
 * Text fields come in pairs: `en` is the default locale, `es` the Spanish one.
 */

export type Locale = 'en' | 'es'

/** The 12 SAMHSA core competency categories for peer workers, by code. */
export type CompetencyCode =
  | 'C1-ENGAGES'
  | 'C2-SUPPORT'
  | 'C3-LIVED-EXPERIENCE'
  | 'C4-PERSONALIZES'
  | 'C5-RECOVERY-PLANNING'
  | 'C6-LINKS-RESOURCES'
  | 'C7-WELLNESS-INFO'
  | 'C8-CRISIS'
  | 'C9-COMMUNICATION'
  | 'C10-COLLABORATION'
  | 'C11-LEADERSHIP-ADVOCACY'
  | 'C12-GROWTH'

export type ToolkitArea =
  | 'preparing-the-organization'
  | 'recruiting-and-hiring'
  | 'service-delivery'
  | 'supervision-and-retention'

/** One block of a lesson body. Plain text only; `**bold**` is allowed inside text. */
export type BodyBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered?: boolean; items: string[] }
  | { type: 'callout'; variant: 'reflection' | 'info' | 'tip'; title: string; text: string }
  | { type: 'keyTerms'; terms: { term: string; definition: string }[] }

export interface LessonText {
  title: string
  summary: string
  body: BodyBlock[]
}

/** A source a lesson's facts come from; `seed` names the file under seed/sources/. */
export interface Source {
  title: string
  publisher: string
  seed: string
  /** The document's web address, only when a seed file gives it; the lesson page then links the title. */
  url?: string
}

export interface LessonContent {
  slug: string
  order: number
  estimatedMinutes: number
  competencies: CompetencyCode[]
  sources: Source[]
  en: LessonText
  es: LessonText
}

export interface ChoiceContent {
  isCorrect: boolean
  en: { text: string; feedback: string }
  es: { text: string; feedback: string }
}

interface QuestionBase {
  competencies: CompetencyCode[]
  points?: number
  /** Slug of the lesson (in the same module) this question assesses; draws are spread across lessons. */
  lesson: string
  /** A scenario that asks for judgment (what would you do, which response fits), not recall. */
  scenario?: boolean
}

export type QuestionContent =
  | (QuestionBase & {
      type: 'single' | 'multiple' | 'true-false'
      /** multiple only: 'partial' gives credit per correct choice less wrong ones */
      scoring?: 'partial' | 'all-or-nothing'
      en: { prompt: string }
      es: { prompt: string }
      choices: ChoiceContent[]
    })
  | (QuestionBase & {
      type: 'short-answer'
      en: { prompt: string; acceptedAnswers: string[]; correctFeedback: string; incorrectFeedback: string }
      es: { prompt: string; acceptedAnswers: string[]; correctFeedback: string; incorrectFeedback: string }
    })

export interface QuizContent {
  slug: string
  passingScore: number
  maxAttempts: number
  /** How many questions each attempt draws from the bank; omitted asks them all. */
  questionsPerAttempt?: number
  en: { title: string; instructions: string }
  es: { title: string; instructions: string }
  questions: QuestionContent[]
}

export interface ModuleContent {
  slug: string
  order: number
  area: ToolkitArea
  estimatedMinutes: number
  competencies: CompetencyCode[]
  en: { title: string; summary: string }
  es: { title: string; summary: string }
  lessons: LessonContent[]
}

/** A module as the seed loads it: its lessons, and its quiz's question bank (seed/content/quizzes/). */
export interface CurriculumModule extends ModuleContent {
  quiz: QuizContent
}

export interface CompetencyContent {
  code: CompetencyCode
  order: number
  en: { title: string; description: string }
  es: { title: string; description: string }
}
