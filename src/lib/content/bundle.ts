import { z } from 'zod'

/** The portable curriculum bundle written by `content:export` and read by `content:import`. */

const text = (max: number) => z.string().max(max)
const localized = (max: number) => z.object({ en: text(max).min(1), es: text(max).optional().nullable() }).strict()
const optionalLocalized = (max: number) => z.object({ en: text(max).optional().nullable(), es: text(max).optional().nullable() }).strict()
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens').max(120)
const code = z.string().min(1).max(40)

const lexicalState = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).passthrough() })
  .passthrough()

const choice = z
  .object({ isCorrect: z.boolean(), text: localized(500), feedback: optionalLocalized(1000).optional() })
  .strict()

const question = z
  .object({
    type: z.enum(['single', 'multiple', 'true-false', 'short-answer']),
    points: z.number().min(0).max(100).optional(),
    scoring: z.enum(['partial', 'all-or-nothing']).optional().nullable(),
    competencies: z.array(code).max(12),
    /** The lesson (of the same module) the question assesses. */
    lessonSlug: slug.optional().nullable(),
    scenario: z.boolean().optional(),
    prompt: localized(2000),
    choices: z.array(choice).max(10),
    acceptedAnswers: z.object({ en: z.array(text(200)).max(10), es: z.array(text(200)).max(10) }).strict(),
    correctFeedback: optionalLocalized(1000).optional(),
    incorrectFeedback: optionalLocalized(1000).optional(),
  })
  .strict()

const lesson = z
  .object({
    slug,
    order: z.number().int().min(0),
    estimatedMinutes: z.number().int().min(1).max(600).optional().nullable(),
    competencies: z.array(code).max(12),
    sources: z.array(z.object({ title: text(300).min(1), publisher: text(200).optional().nullable(), url: text(500).optional().nullable() }).strict()).max(30),
    title: localized(200),
    summary: optionalLocalized(1000),
    body: z.object({ en: lexicalState.nullable(), es: lexicalState.nullable().optional() }).strict(),
  })
  .strict()

const quiz = z
  .object({
    slug,
    lessonSlug: slug.optional().nullable(),
    passingScore: z.number().min(0).max(100),
    maxAttempts: z.number().int().min(1).max(20),
    questionsPerAttempt: z.number().int().min(0).max(50).optional().nullable(),
    displayMode: z.enum(['all-at-once', 'one-at-a-time']).optional().nullable(),
    review: z.enum(['score', 'feedback', 'full']).optional().nullable(),
    title: localized(200),
    instructions: optionalLocalized(2000),
    questions: z.array(question).min(1).max(50),
  })
  .strict()

const module = z
  .object({
    slug,
    order: z.number().int().min(0),
    area: z.enum(['preparing-the-organization', 'recruiting-and-hiring', 'service-delivery', 'supervision-and-retention']),
    estimatedMinutes: z.number().int().min(1).max(6000).optional().nullable(),
    competencies: z.array(code).max(12),
    title: localized(200),
    summary: optionalLocalized(2000),
    lessons: z.array(lesson).max(50),
    quizzes: z.array(quiz).max(20),
  })
  .strict()

export const BundleSchema = z
  .object({
    format: z.literal('peerpath-curriculum'),
    version: z.literal(1),
    exportedAt: z.string(),
    competencies: z
      .array(z.object({ code, order: z.number().int(), title: localized(200), description: optionalLocalized(2000) }).strict())
      .max(100),
    modules: z.array(module).max(100),
  })
  .strict()
  .superRefine((bundle, ctx) => {
    const codes = new Set(bundle.competencies.map((competency) => competency.code))
    const seen = new Set<string>()
    const unique = (kind: string, value: string, path: (string | number)[]) => {
      if (seen.has(`${kind}:${value}`)) ctx.addIssue({ code: 'custom', path, message: `duplicate ${kind} slug "${value}"` })
      seen.add(`${kind}:${value}`)
    }
    const known = (list: string[], path: (string | number)[]) =>
      list.forEach((value, index) => {
        if (!codes.has(value)) ctx.addIssue({ code: 'custom', path: [...path, index], message: `unknown competency "${value}"` })
      })
    bundle.modules.forEach((m, mi) => {
      unique('module', m.slug, ['modules', mi, 'slug'])
      known(m.competencies, ['modules', mi, 'competencies'])
      m.lessons.forEach((l, li) => {
        unique('lesson', l.slug, ['modules', mi, 'lessons', li, 'slug'])
        known(l.competencies, ['modules', mi, 'lessons', li, 'competencies'])
      })
      const lessonSlugs = new Set(m.lessons.map((l) => l.slug))
      m.quizzes.forEach((q, qi) => {
        unique('quiz', q.slug, ['modules', mi, 'quizzes', qi, 'slug'])
        q.questions.forEach((question, i) => {
          const at = ['modules', mi, 'quizzes', qi, 'questions', i]
          known(question.competencies, [...at, 'competencies'])
          if (question.lessonSlug && !lessonSlugs.has(question.lessonSlug))
            ctx.addIssue({ code: 'custom', path: [...at, 'lessonSlug'], message: `this module has no lesson "${question.lessonSlug}"` })
        })
      })
    })
  })

export type Bundle = z.infer<typeof BundleSchema>
export type BundleModule = Bundle['modules'][number]
export type BundleLesson = BundleModule['lessons'][number]
export type BundleQuiz = BundleModule['quizzes'][number]
export type BundleQuestion = BundleQuiz['questions'][number]

/** Validates untrusted JSON; the error lists each problem with its path in the bundle. */
export const parseBundle = (raw: unknown): { ok: true; bundle: Bundle } | { ok: false; problems: string[] } => {
  const result = BundleSchema.safeParse(raw)
  if (result.success) return { ok: true, bundle: result.data }
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(bundle)'}: ${issue.message}`) }
}
