import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { boundResponse } from '@/http/graphqlBounds'

const graphql = GRAPHQL_POST(config)

// Payload's handler, with the response-size bound applied to what it answers.
export const POST = async (request: Request) => boundResponse(await graphql(request))
export const OPTIONS = REST_OPTIONS(config)
