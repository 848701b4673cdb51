import { Router } from 'express'

import { SubmitBody, submitQuizFor } from '../../lib/progress/submitRequest'
import { TrackBody, trackProgressFor } from '../../lib/progress/trackRequest'
import { dashboardPages, lessonPages } from '../../lib/site/renderedPages'
import { pageLane } from './pageLane'
import { dashboardPageVariant, lessonPageVariant } from './variants'
import { writeLane } from './writeLane'

/**
 * The learner site's hottest requests, answered before Next: progress writes
 * and quiz submissions run the Payload endpoints' own handlers with a
 * one-query session check, and lesson and dashboard pages are served from
 * the copy Next rendered for the same variant. Everything else, and anything
 * these cannot decide, goes on to Next unchanged.
 */
export const fastLane = (): Router => {
  const router = Router()
  router.post('/api/progress/track', writeLane(TrackBody, trackProgressFor))
  router.post('/api/quiz-attempts/submit', writeLane(SubmitBody, submitQuizFor))
  router.get('/modules/:slug/lessons/:lesson', pageLane(lessonPages, lessonPageVariant))
  router.get('/manage', pageLane(dashboardPages, dashboardPageVariant))
  return router
}
