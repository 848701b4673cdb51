import { ANCHOR_ORG_LEARNERS, ANCHOR_ORG_NAME, ANCHOR_ORG_NUMBER, LESSONS_PER_SCALE_MODULE, orgSlug } from './markers'

export interface ScaleOptions {
  orgs: number
  learners: number
  lessonsPerLearner: number
}

export interface PlannedOrg {
  number: number
  name: string
  slug: string
  learners: number
  cohorts: number
}

export interface ScalePlan {
  orgs: PlannedOrg[]
  /** Synthetic modules needed so every learner can have `lessonsPerLearner` distinct lessons. */
  scaleModules: number
  lessonsPerLearner: number
}

const LEARNERS_PER_COHORT = 50

/**
 * Who goes where. With 500 learners or more, organization 1 is "Scale org 500"
 * with exactly 500 (the dashboard benchmark's team) and the others share the
 * rest; otherwise all share evenly.
 */
export const planScale = ({ orgs, learners, lessonsPerLearner }: ScaleOptions, toolkitLessons: number): ScalePlan => {
  const hasAnchor = learners >= ANCHOR_ORG_LEARNERS
  if (hasAnchor && orgs === 1 && learners > ANCHOR_ORG_LEARNERS) {
    throw new Error(`--learners above ${ANCHOR_ORG_LEARNERS} needs --orgs 2 or more (${ANCHOR_ORG_NAME} holds exactly ${ANCHOR_ORG_LEARNERS})`)
  }
  const shared = hasAnchor ? learners - ANCHOR_ORG_LEARNERS : learners
  const sharing = hasAnchor ? orgs - 1 : orgs
  const planned = Array.from({ length: orgs }, (_, index): PlannedOrg => {
    const number = index + 1
    const isAnchor = hasAnchor && number === ANCHOR_ORG_NUMBER
    const position = hasAnchor ? index - 1 : index
    const count = isAnchor ? ANCHOR_ORG_LEARNERS : Math.floor(shared / sharing) + (position < shared % sharing ? 1 : 0)
    return {
      number,
      // "#n" keeps "Scale org 500" unique even with 500 or more organizations.
      name: isAnchor ? ANCHOR_ORG_NAME : `Scale org #${number}`,
      slug: orgSlug(number),
      learners: count,
      cohorts: Math.max(1, Math.ceil(count / LEARNERS_PER_COHORT)),
    }
  })
  // Always at least one, so the quiz benchmark has a quiz of its own to submit.
  const scaleModules = Math.max(1, Math.ceil(Math.max(0, lessonsPerLearner - toolkitLessons) / LESSONS_PER_SCALE_MODULE))
  return { orgs: planned, scaleModules, lessonsPerLearner }
}
