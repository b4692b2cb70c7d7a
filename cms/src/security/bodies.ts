/**
 * Which body types each API path takes, from the Payload config (no list of collections here):
 * Payload's own REST endpoints take JSON or multipart (uploads, and the admin's forms post their
 * `_payload` as multipart, logins and password resets included); the platform's own endpoints
 * (the `endpoints` of collections and of the config) and GraphQL take JSON only; the public
 * endpoints also take the urlencoded forms of portal pages that work without JavaScript.
 * Outside `/api/` (the admin's server actions) Next.js checks its own requests.
 */
import type { SanitizedConfig } from 'payload'

import type { BodyRule } from './requestGuard'

/**
 * Payload's own collection endpoints that change something (payload/dist/collections/endpoints,
 * auth/endpoints, uploads): the sanitized config lists them next to ours, and they take the
 * admin's multipart forms.
 */
const PAYLOAD_ENDPOINTS = new Set([
  'post /', 'patch /', 'delete /', 'patch /:id', 'delete /:id', 'post /:id/duplicate', 'post /access/:id?', 'post /versions/:id',
  'post /login', 'post /logout', 'post /refresh-token', 'post /forgot-password', 'post /reset-password', 'post /unlock',
  'post /first-register', 'post /verify/:id', 'post /:id/api-key/reveal', 'post /paste-url/:id?',
])

/** `/:id/workflow` → a pattern matching `/12/workflow`. */
function pattern(path: string): RegExp {
  const parts = path.split('/').filter(Boolean).map((p) => (p.startsWith(':') ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  return new RegExp(`^/${parts.join('/')}/?$`)
}

export function bodyRules(config: Pick<SanitizedConfig, 'collections'>): (method: string, path: string) => BodyRule {
  const custom = new Map<string, RegExp[]>()
  for (const c of config.collections) {
    custom.set(
      c.slug,
      (Array.isArray(c.endpoints) ? c.endpoints : [])
        .filter((e) => e.method !== 'get' && !PAYLOAD_ENDPOINTS.has(`${e.method} ${e.path}`))
        .map((e) => pattern(e.path)),
    )
  }
  return (_method, path) => {
    if (!path.startsWith('/api/')) return 'any'
    // RFC 8058 one-click unsubscribe: mail clients post form data or multipart; the body is ignored.
    if (path === '/api/public/subscriptions/unsubscribe') return 'any'
    if (path.startsWith('/api/public/')) return 'json-or-form'
    const rest = path.slice('/api/'.length)
    const slash = rest.indexOf('/')
    const slug = slash === -1 ? rest : rest.slice(0, slash)
    if (slug === 'globals') return 'json-or-multipart'
    const own = custom.get(slug)
    // Not a collection: GraphQL and the platform's root endpoints.
    if (!own) return 'json'
    const tail = slash === -1 ? '/' : rest.slice(slash)
    return own.some((p) => p.test(tail)) ? 'json' : 'json-or-multipart'
  }
}
