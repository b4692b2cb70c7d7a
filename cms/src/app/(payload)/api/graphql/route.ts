import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { checkGraphqlRequest } from '../../../../security/graphql'

const graphql = GRAPHQL_POST(config)

/** Payload's GraphQL endpoint, after the body checks of ADR 0017 (a bad body is a 4xx). */
export const POST = async (request: Request) => {
  const checked = await checkGraphqlRequest(request)
  return checked instanceof Response ? checked : graphql(checked)
}
export const OPTIONS = REST_OPTIONS(config)
