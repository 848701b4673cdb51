import type { PayloadRequest } from 'payload'

import {
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { isContentEditorUser } from '@/access/roles'

/**
 * What one GraphQL request may ask for. Payload's complexity limit counts
 * fields, not documents, so `{ a: Lessons(limit: 100) { docs { body } } b: … }`
 * a hundred times stayed under it and returned 14 MB. These bounds count what
 * makes a response big: response keys (aliases repeat a field), documents
 * asked for (every `limit`, Payload's default of 10 when none is given) and
 * finally the bytes sent.
 *
 * Learners, managers and anonymous requests get about a page's worth; the
 * site itself never uses GraphQL (pages read through the Local API), so this
 * only bounds API clients. Trainers and admins, who author through the admin
 * and may script against the API, get more, but still a bound.
 */
export interface GraphqlBounds {
  /** Top-level fields of one operation (aliases included). */
  rootFields: number
  /** Fields given another response key with an alias, anywhere in the query. */
  aliases: number
  /** Largest `limit` of one list; 0 (Payload: "no limit") and `pagination: false` are refused. */
  limit: number
  /** Documents asked for in all, summed over every list in the query. */
  documents: number
  /** Selections walked (fields, fragment spreads), fragments expanded where they are used. */
  selections: number
  /** Bytes of the JSON response. */
  responseBytes: number
}

export const VISITOR_BOUNDS: GraphqlBounds = {
  rootFields: 10,
  aliases: 10,
  limit: 100,
  documents: 100,
  selections: 500,
  responseBytes: 512 * 1024,
}

export const STAFF_BOUNDS: GraphqlBounds = {
  rootFields: 50,
  aliases: 100,
  limit: 500,
  documents: 2000,
  selections: 5000,
  responseBytes: 8 * 1024 * 1024,
}

/** Payload's page size when a list query names no limit. */
const PAYLOAD_DEFAULT_LIMIT = 10

/**
 * The route reads the byte bound from this response header (set by the rule,
 * which knows the user) and removes it before the response leaves.
 */
export const RESPONSE_BYTES_HEADER = 'x-peerpath-graphql-max-bytes'

export const boundsFor = (user: PayloadRequest['user'] | null | undefined): GraphqlBounds =>
  isContentEditorUser(user) ? STAFF_BOUNDS : VISITOR_BOUNDS

interface Context {
  req?: PayloadRequest
  headers?: Record<string, string>
}

class OverBounds extends Error {}

const valueOf = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  switch (node.kind) {
    case Kind.INT:
      return Number(node.value)
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.BOOLEAN:
      return node.value
    case Kind.VARIABLE:
      return variables[node.name.value]
    default:
      return undefined
  }
}

/**
 * Walks one operation with fragments expanded where they are spread, so a
 * fragment used twice counts twice. The walk stops as soon as a count passes
 * its bound, which also keeps nested fragment spreads from making it
 * exponential.
 */
const measure = (
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  listRootFields: Set<string>,
  bounds: GraphqlBounds,
): string | null => {
  let selections = 0
  let aliases = 0
  let documents = 0
  let rootFields = 0
  const over = (message: string): never => {
    throw new OverBounds(message)
  }

  const walk = (set: SelectionSetNode, depth: number, spreading: Set<string>) => {
    for (const selection of set.selections) {
      if (++selections > bounds.selections) over(`The query selects more than ${bounds.selections} fields.`)
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = fragments.get(name)
        // A cycle is the default rules' to report; here it only must not loop.
        if (!fragment || spreading.has(name)) continue
        walk(fragment.selectionSet, depth, new Set(spreading).add(name))
        continue
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, spreading)
        continue
      }
      if (depth === 0 && ++rootFields > bounds.rootFields) over(`One request may ask for at most ${bounds.rootFields} top-level fields.`)
      if (selection.alias && ++aliases > bounds.aliases) over(`One request may use at most ${bounds.aliases} aliases.`)
      const args = new Map((selection.arguments ?? []).map((arg) => [arg.name.value, valueOf(arg.value, variables)]))
      if (args.get('pagination') === false) over('Lists must be paginated (pagination: false is not allowed).')
      const limit = args.get('limit')
      const isList = args.has('limit') || (depth === 0 && listRootFields.has(selection.name.value))
      if (isList) {
        const asked = limit === undefined || limit === null ? PAYLOAD_DEFAULT_LIMIT : Number(limit)
        if (!Number.isInteger(asked) || asked < 1 || asked > bounds.limit) over(`limit must be between 1 and ${bounds.limit}.`)
        documents += asked
        if (documents > bounds.documents) over(`One request may ask for at most ${bounds.documents} documents in all.`)
      }
      if (selection.selectionSet) walk(selection.selectionSet, depth + 1, spreading)
    }
  }

  try {
    walk(operation.selectionSet, 0, new Set())
    return null
  } catch (error) {
    if (error instanceof OverBounds) return error.message
    throw error
  }
}

/**
 * A validation rule (Payload's `graphQL.validationRules`): it runs inside
 * Payload's GraphQL handler before anything executes, whatever path or method
 * the request arrived by, and refuses a query beyond the caller's bounds.
 */
export const graphqlBoundsRule =
  (args: ExecutionArgs): ValidationRule =>
  (context: ValidationContext) => ({
    Document(document) {
      const graphContext = (args.contextValue ?? {}) as Context
      const bounds = boundsFor(graphContext.req?.user)
      if (graphContext.headers) graphContext.headers[RESPONSE_BYTES_HEADER] = String(bounds.responseBytes)
      const queryFields = context.getSchema().getQueryType()?.getFields() ?? {}
      const listRootFields = new Set(Object.values(queryFields).filter((field) => field.args.some((arg) => arg.name === 'limit')).map((field) => field.name))
      const fragments = new Map(
        document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]),
      )
      const variables = (args.variableValues ?? {}) as Record<string, unknown>
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue
        const problem = measure(definition, fragments, variables, listRootFields, bounds)
        if (problem) context.reportError(new GraphQLError(`${problem} Ask for less, or in several requests.`, { nodes: [definition] }))
      }
      return false
    },
  })

/**
 * The last bound: a response larger than the caller's byte budget is not sent
 * (413). The rule above makes this rare; it catches documents that are simply
 * big (a long lesson body repeated within the document bound).
 */
export const boundResponse = async (response: Response): Promise<Response> => {
  const headers = new Headers(response.headers)
  const maxBytes = Number(headers.get(RESPONSE_BYTES_HEADER) || VISITOR_BOUNDS.responseBytes)
  headers.delete(RESPONSE_BYTES_HEADER)
  const body = await response.arrayBuffer()
  if (body.byteLength > maxBytes) {
    headers.delete('content-length')
    headers.set('content-type', 'application/json')
    const message = `The response would be larger than ${Math.round(maxBytes / 1024)} KB. Ask for less, or in several requests.`
    return new Response(JSON.stringify({ error: message, errors: [{ message }] }), { status: 413, headers })
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}
