/**
 * How benchmark data is recognised. Everything `seed:scale` writes is found
 * again through these markers (and only through them), so `--reset` and
 * `--remove` can never touch a real organization, person or module.
 */
export const SCALE_PASSWORD = 'peerpath-scale'
export const SCALE_EMAIL_DOMAIN = 'scale.peerpath.example'
export const SCALE_NOTE = 'Benchmark data (npm run seed:scale)'

/** The organization the dashboard benchmark reads: exactly this many learners. */
export const ANCHOR_ORG_LEARNERS = 500
export const ANCHOR_ORG_NUMBER = 1
export const ANCHOR_ORG_NAME = `Scale org ${ANCHOR_ORG_LEARNERS}`

export const LESSONS_PER_SCALE_MODULE = 5
/** The schema's ceiling for quizzes.maxAttempts; lets the quiz benchmark submit many times per learner. */
export const SCALE_QUIZ_MAX_ATTEMPTS = 20
/** Anchor-organization learners who have studied every scale lesson, so their quiz submits are accepted (bench/scale/submitters.ts). */
export const SCALE_QUIZ_SUBMITTERS = 200

// Exact shapes rather than a bare `scale-` prefix: a real "scale-up-recovery" slug must never match.
export const SCALE_ORG_SLUG_PATTERN = '^scale-org-[0-9]+$'
export const SCALE_MODULE_SLUG_PATTERN = '^scale-module-[0-9]+$'
export const SCALE_EMAIL_PATTERN = `%@${SCALE_EMAIL_DOMAIN}`

export const orgSlug = (org: number) => `scale-org-${org}`
export const moduleSlug = (module: number) => `scale-module-${module}`
export const lessonSlug = (module: number, lesson: number) => `${moduleSlug(module)}-lesson-${lesson}`
export const quizSlug = (module: number) => `${moduleSlug(module)}-quiz`

export const managerEmail = (org: number) => `manager-${org}@${SCALE_EMAIL_DOMAIN}`
export const learnerEmail = (org: number, learner: number) => `learner-${org}-${learner}@${SCALE_EMAIL_DOMAIN}`
