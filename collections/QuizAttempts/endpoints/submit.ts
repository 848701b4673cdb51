import type { Endpoint } from 'payload'

import type { User } from '@/payload-types'

import { cachedQuizForGrading } from '@/cache/curriculum'
import { invalidateLearnersOrganization } from '@/cache/invalidate'
import { jsonError, parseJsonBody, respond } from '@/http/json'
import { submitQuiz } from '@/lib/quiz/submit'

import { SubmitBody, submitInput } from './submitBody'

/** POST /api/quiz-attempts/submit: grades on the server and records the attempt (the site's server action runs the same operation). */
export const submitQuizEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Sign in to submit a quiz.')
    const body = await parseJsonBody(req, SubmitBody)
    if (!body.ok) return body.response
    const user = req.user as User
    const input = submitInput(body.data)
    return respond(async () => {
      const result = await submitQuiz(req.payload, user, input, await cachedQuizForGrading(req.payload, input.quizId, input.locale))
      await invalidateLearnersOrganization(req.payload, user)
      return { status: 201, body: result }
    })
  },
}
