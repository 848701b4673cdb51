import type { GraphQLExtension, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { attemptAddress } from '@/lib/auth/attemptAddress'
import { requestPasswordReset } from '@/lib/auth/passwordReset'
import { rethrowForPayload } from '../../shared/rethrowForPayload'
import { ForgotEmail } from './forgotPassword'

/**
 * GraphQL's `forgotPasswordUser`, answered as the REST endpoint answers it
 * (./forgotPassword.ts): the limits, a queued job, and `true` for every email.
 * Payload's own resolver runs its operation, which for a known account writes
 * a token before answering, so known addresses answered measurably slower.
 * Payload spreads custom mutations over the collections' own, so this one
 * takes the name. `disableEmail` and `expiration` are accepted as Payload's
 * are, and ignored: a person's request always ends in the queued mail.
 */
export const forgotPasswordMutation: GraphQLExtension = (GraphQL) => ({
  forgotPasswordUser: {
    type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean),
    args: {
      email: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      disableEmail: { type: GraphQL.GraphQLBoolean },
      expiration: { type: GraphQL.GraphQLInt },
    },
    resolve: async (_source: unknown, args: { email: string }, context: { req: PayloadRequest }) => {
      const email = ForgotEmail.safeParse(args.email)
      if (!email.success) throw new APIError('Missing email.', 400, undefined, true)
      try {
        await requestPasswordReset(context.req.payload, { email: email.data, address: attemptAddress(context.req) ?? null })
      } catch (error) {
        rethrowForPayload(context.req, error)
      }
      return true
    },
  },
})
