import { parseArgs } from 'node:util'

import { ANCHOR_ORG_LEARNERS, ANCHOR_ORG_NAME } from './markers'
import type { ScaleOptions } from './plan'

export interface ScaleCommand extends ScaleOptions {
  /** Delete earlier benchmark data first. */
  reset: boolean
  /** Only delete benchmark data, seed nothing. */
  remove: boolean
}

export const SCALE_USAGE =
  'usage: npm run seed:scale -- [--orgs 50] [--learners 10000] [--lessons-per-learner 100] [--reset | --remove]'

const LIMITS = { orgs: [1, 10_000], learners: [1, 1_000_000], 'lessons-per-learner': [1, 1_000] } as const

const wholeNumber = (name: keyof typeof LIMITS, raw: string): number => {
  const value = Number(raw)
  const [min, max] = LIMITS[name]
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`)
  return value
}

/** Throws an Error whose message is fit to print as the one line a user sees. */
export const parseScaleArgs = (args: string[]): ScaleCommand => {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      orgs: { type: 'string', default: '50' },
      learners: { type: 'string', default: '10000' },
      'lessons-per-learner': { type: 'string', default: '100' },
      reset: { type: 'boolean', default: false },
      remove: { type: 'boolean', default: false },
    },
  })
  if (values.reset && values.remove) throw new Error('use either --reset or --remove, not both')
  const orgs = wholeNumber('orgs', values.orgs)
  const learners = wholeNumber('learners', values.learners)
  if (learners < orgs) throw new Error('--learners must be at least --orgs (every organization gets a learner)')
  if (orgs === 1 && learners > ANCHOR_ORG_LEARNERS) {
    throw new Error(`--learners above ${ANCHOR_ORG_LEARNERS} needs --orgs 2 or more (${ANCHOR_ORG_NAME} holds exactly ${ANCHOR_ORG_LEARNERS})`)
  }
  return {
    orgs,
    learners,
    lessonsPerLearner: wholeNumber('lessons-per-learner', values['lessons-per-learner']),
    reset: values.reset,
    remove: values.remove,
  }
}
