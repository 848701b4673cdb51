import type { Endpoint } from 'payload'

import type { User } from '../../../src/payload-types'

import { jsonError, parseJsonBody, toResponse } from '../../../src/lib/http/json'
import { SubmitBody, submitQuizFor } from '../../../src/lib/progress/submitRequest'

/** POST /api/quiz-attempts/submit: grades on the server and records the attempt (the server's fast lane answers the same route first). */
export const submitQuiz: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Sign in to submit a quiz.')
    const body = await parseJsonBody(req, SubmitBody)
    if (!body.ok) return body.response
    return toResponse(await submitQuizFor(req.payload, req.user as User, body.data))
  },
}
