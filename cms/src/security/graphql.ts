/**
 * Limits of the GraphQL endpoint: the request body is checked before Payload's handler parses it
 * (at most 64 KB of JSON `{query, variables?, operationName?}`; anything else is a 400/413, not a
 * 500), and every operation is validated against a depth, alias and directive budget (GraphQL
 * Armor's rules) on top of Payload's own complexity limit (`graphQL.maxComplexity`).
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql'
import { z } from 'zod'

export const GRAPHQL_LIMITS = {
  /** Bytes of the JSON body. */
  bodyBytes: 64 * 1024,
  /** Nested selections (the admin asks for at most 5 or 6). */
  depth: 10,
  /** Aliased fields per operation. */
  aliases: 15,
  /** Directives per operation. */
  directives: 20,
  /** Payload's complexity budget: one point per field, relationships more. */
  complexity: 500,
} as const

export function graphqlValidationRules(): ValidationRule[] {
  // Reported as validation errors (a 400 from graphql-http); thrown, they would be a 500.
  const common = { exposeLimits: false, propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] }
  return [
    maxDepthRule({ n: GRAPHQL_LIMITS.depth, ...common, errorMessage: `Truy vấn lồng nhau quá sâu (tối đa ${GRAPHQL_LIMITS.depth}) / Query deeper than ${GRAPHQL_LIMITS.depth}.` }) as unknown as ValidationRule,
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...common, errorMessage: `Quá nhiều bí danh (tối đa ${GRAPHQL_LIMITS.aliases}) / More than ${GRAPHQL_LIMITS.aliases} aliases.` }) as unknown as ValidationRule,
    maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, ...common, errorMessage: `Quá nhiều chỉ thị (tối đa ${GRAPHQL_LIMITS.directives}) / More than ${GRAPHQL_LIMITS.directives} directives.` }) as unknown as ValidationRule,
  ]
}

const GraphqlBody = z.object({
  query: z.string().min(1).max(GRAPHQL_LIMITS.bodyBytes),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().max(200).nullish(),
  extensions: z.record(z.string(), z.unknown()).nullish(),
})

const refuse = (status: number, vi: string, en: string) =>
  Response.json({ errors: [{ message: `${vi} / ${en}`, extensions: { vi, en } }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** The request to hand to Payload, or the 4xx answer for a body it would fail on. */
export async function checkGraphqlRequest(request: Request): Promise<Request | Response> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > GRAPHQL_LIMITS.bodyBytes) return refuse(413, 'Truy vấn quá lớn.', 'The query is too large.')
  let text: string
  try {
    text = await request.text()
  } catch {
    return refuse(400, 'Không đọc được nội dung yêu cầu.', 'The body could not be read.')
  }
  if (Buffer.byteLength(text) > GRAPHQL_LIMITS.bodyBytes) return refuse(413, 'Truy vấn quá lớn.', 'The query is too large.')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, 'Nội dung không phải JSON hợp lệ.', 'The body is not valid JSON.')
  }
  if (!GraphqlBody.safeParse(body).success) {
    return refuse(400, 'Cần một đối tượng JSON {query, variables, operationName}.', 'Send a JSON object {query, variables, operationName}.')
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: text })
}
