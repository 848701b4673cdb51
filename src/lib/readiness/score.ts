import { z } from 'zod'

import {
  type LessonRef,
  type LocalizedText,
  READINESS_AREAS,
  READINESS_MAX,
  READINESS_MIN,
  READINESS_STATEMENT_IDS,
  type ReadinessAreaId,
} from './questionnaire'

const rating = z.number().int().min(READINESS_MIN).max(READINESS_MAX)

/**
 * A complete submission: every statement rated 1–4 and nothing else, so a half-filled form or a stale
 * statement id is refused instead of silently skewing an area's score.
 */
export const ReadinessAnswers = z.strictObject(Object.fromEntries(READINESS_STATEMENT_IDS.map((id) => [id, rating])))
export type ReadinessAnswers = z.infer<typeof ReadinessAnswers>

export const READINESS_LEVELS = ['needs-attention', 'developing', 'strong'] as const
export type ReadinessLevel = (typeof READINESS_LEVELS)[number]

export interface AreaScore {
  id: ReadinessAreaId
  /** 0 when every statement is "Not yet", 100 when every one is "Fully in place". */
  score: number
  level: ReadinessLevel
}

export interface ReadinessResult {
  areas: AreaScore[]
  overall: number
}

export const readinessLevel = (score: number): ReadinessLevel =>
  score < 50 ? 'needs-attention' : score < 80 ? 'developing' : 'strong'

// Summing before dividing keeps the arithmetic on integers until the last step, so rounding never meets 55.49999.
const areaScore = (ratings: number[]): number => {
  const steps = ratings.reduce((sum, value) => sum + value - READINESS_MIN, 0)
  return Math.round((steps * 100) / (ratings.length * (READINESS_MAX - READINESS_MIN)))
}

/** Expects answers that passed `ReadinessAnswers`; scores are always recomputed from answers, never trusted from a client. */
export const scoreReadiness = (answers: ReadinessAnswers): ReadinessResult => {
  const areas = READINESS_AREAS.map((area) => {
    const score = areaScore(area.statements.map((statement) => answers[statement.id]))
    return { id: area.id, score, level: readinessLevel(score) }
  })
  const overall = Math.round(areas.reduce((sum, area) => sum + area.score, 0) / areas.length)
  return { areas, overall }
}

export interface ReadinessRecommendation extends AreaScore {
  title: LocalizedText
  lessons: readonly LessonRef[]
}

/** Areas that are not yet strong, weakest first; equal scores keep questionnaire order so the list is stable. */
export const recommendationsFor = (result: ReadinessResult): ReadinessRecommendation[] =>
  READINESS_AREAS.flatMap((area, order) => {
    const scored = result.areas.find((candidate) => candidate.id === area.id)
    return scored && scored.level !== 'strong' ? [{ order, recommendation: { ...scored, title: area.title, lessons: area.lessons } }] : []
  })
    .sort((a, b) => a.recommendation.score - b.recommendation.score || a.order - b.order)
    .map(({ recommendation }) => recommendation)

export interface AreaChange {
  id: ReadinessAreaId
  /** Points gained (positive) or lost since the previous assessment; null when there is nothing to compare with. */
  delta: number | null
}

/** Looser than `ReadinessResult` because the previous scores come back from stored JSON. */
export interface PreviousScores {
  areas: readonly { id: string; score: number }[]
}

export const compareWithPrevious = (current: ReadinessResult, previous: PreviousScores | undefined): AreaChange[] =>
  current.areas.map((area) => {
    // An area added to the questionnaire after the previous assessment has no earlier score.
    const before = previous?.areas.find((candidate) => candidate.id === area.id)
    return { id: area.id, delta: before && Number.isFinite(before.score) ? area.score - before.score : null }
  })

export type ReadinessFormResult = { ok: true; answers: ReadinessAnswers } | { ok: false; missing: string[] }

// React and Next add their own `$ACTION_…` fields to a server action's form data; they are not answers.
const isFrameworkField = (key: string) => key.startsWith('$ACTION_')

// Only whole numbers written as digits become numbers; "2.5", "" and "three" stay as they are and fail validation.
const fromFormValue = (value: unknown): unknown =>
  typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value

/**
 * Form values (strings such as '3') to validated answers. On failure, `missing` lists the statement ids that
 * were unanswered or out of range, in questionnaire order, followed by any keys the questionnaire does not know.
 */
export const parseReadinessForm = (entries: Record<string, unknown>): ReadinessFormResult => {
  const values = Object.fromEntries(
    Object.entries(entries)
      .filter(([key]) => !isFrameworkField(key))
      .map(([key, value]) => [key, fromFormValue(value)]),
  )
  const parsed = ReadinessAnswers.safeParse(values)
  if (parsed.success) return { ok: true, answers: parsed.data }

  const bad = new Set(
    parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys : issue.path.length > 0 ? [String(issue.path[0])] : [],
    ),
  )
  const known = READINESS_STATEMENT_IDS.filter((id) => bad.has(id))
  const unknown = [...bad].filter((key) => !READINESS_STATEMENT_IDS.includes(key))
  return { ok: false, missing: [...known, ...unknown] }
}
