/**
 * Search over HTTP, answered by express before the static portals, on the platform host and
 * under every portal host (same origin as the portal pages, like `/api/public/questions`):
 *
 * GET /api/public/search?q=&site=&scope=site|all&type=&field=&issuer=&year=&status=&page=&perPage=&sort=
 *     JSON: hits (type, title, URL on its portal, site name, highlighted snippet, date), facet
 *     counts, total, pages and the engine's time; 400 with one bilingual error per bad parameter.
 * GET /tim-kiem/?…  (portal hosts) the portal's search page, rendered on demand in its theme.
 *
 * Under a portal host `site` is that portal; on the platform host `site` names one (404 when it
 * does not exist or is archived). `scope=all` covers the active portals only.
 */
import express, { type Request, type Router } from 'express'
import type { Payload } from 'payload'

import { contributions } from '../../cms/src/contributions'
import { ownerKey } from '../../sites/src/lib/copies'
import { CLIENT_IP_HEADER } from '../audit/record'
import { portalBaseUrl } from '../portals/build/export'
import type { Env } from '../../cms/src/config/env'
import { payloadSecret } from '../../cms/src/config/secrets'
import type { Bilingual } from '../../cms/src/contracts/dialogue'
import { SEARCH_PAGE_PATH } from '../../cms/src/contracts/search'
import { localCopies, renderPortalView } from '../portals/serve/onDemand'
import { errorBody, hashIp } from '../../cms/src/lib/endpoint'
import { createLimiter } from '../../cms/src/limits/limiter'
import { hostOf, type HostedSite, type HostMap } from '../portals/serve/hosts'
import { portalSecurityHeaders } from '../portals/serve/router'
import { searchEngine } from './instance'
import { emptySearchPage, pageParams, searchPageData } from './page'
import type { ParsedSearchParams, SearchHit, SearchResult } from './port'
import { searchWithIntent } from './intent'
import { asksForSomething, parseSearchQuery } from './query'

export type SearchRouterOptions = {
  payload: Payload
  env: Env
  hosts: HostMap
  isPlatformHost: (host: string) => boolean
  /** Searches one client address may make per minute. @default 120 */
  perMinute?: number
}

const UNKNOWN_SITE: Bilingual = { vi: 'Không có cổng thông tin này (hoặc cổng đã ngừng hoạt động).', en: 'No such portal (or the portal was retired).' }
const NEEDS_SITE: Bilingual = { vi: 'Với phạm vi "site", hãy cho biết cổng cần tìm (site).', en: 'With scope "site", name the portal to search (site).' }
const UNAVAILABLE: Bilingual = { vi: 'Tìm kiếm tạm thời không hoạt động, vui lòng thử lại sau.', en: 'Search is unavailable for a moment; please try again.' }

type ActiveSite = { slug: string; name: string; domains: string[] }

const tooMany = (seconds: number): Bilingual => ({
  vi: `Bạn đã tìm kiếm quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${seconds} giây.`,
  en: `Too many searches in a short time. Please try again in ${seconds} seconds.`,
})

export function searchRouter({ payload, env: e, hosts, isPlatformHost, perMinute = 120 }: SearchRouterOptions): Router {
  const router = express.Router()
  const limiter = createLimiter({ name: 'search-ip', points: perMinute, windowSeconds: 60 })
  const secret = payloadSecret()
  const securityHeaders = portalSecurityHeaders(e.emcScriptHosts)

  /**
   * Active portals by slug (name, domains), from the router's host map: it is kept up to date when
   * sites change, and looks for other processes' changes reading only the sites changed (reading
   * all 4,000 portals here every 10 s held the main thread 0.3 s at national scale).
   */
  let active: { at: number; sites: Map<string, ActiveSite> } | null = null
  const activeSites = async (): Promise<Map<string, ActiveSite>> => {
    const list = await hosts.activeSites()
    if (active && active.at === hosts.loadedAtMs) return active.sites
    const sites = new Map<string, ActiveSite>()
    for (const s of list) sites.set(s.slug, { slug: s.slug, name: s.name, domains: s.domains })
    active = { at: hosts.loadedAtMs, sites }
    return sites
  }

  // The searchable types and their labels, from the collections' contributions.
  const typeOptions = contributions(payload, 'search').map(({ part }) => ({ value: part.type, label: part.label.vi }))
  const types = typeOptions.map((t) => t.value)

  const limited = (req: Request) => limiter.hit(`ip:${hashIp(String(req.headers[CLIENT_IP_HEADER] ?? ''), secret) ?? 'unknown'}`)

  /**
   * On a portal, a document another portal shares with it is read on the portal's own copy: the
   * hit leads there (`copyUrl`), not to the owner's portal; it stays the owner's (site, facets).
   */
  const ownCopies = async (portal: HostedSite, hits: SearchHit[], sites: Map<string, ActiveSite>): Promise<SearchHit[]> => {
    if (hits.every((hit) => hit.site === portal.slug)) return hits
    const copies = await localCopies(payload, portal.id)
    return hits.map((hit) => {
      if (hit.site === portal.slug) return hit
      const local = copies.get(ownerKey(hit.site, hit.url)) ?? copies.get(`${portalBaseUrl({ slug: hit.site, domains: sites.get(hit.site)?.domains })}${hit.url}`)
      return local ? { ...hit, copyUrl: local } : hit
    })
  }

  type Outcome = { status: number; errors: Record<string, Bilingual> } | { status: 200; errors?: undefined; params: ParsedSearchParams; result: SearchResult; sites: Map<string, ActiveSite> }

  /** Check the request, settle the scope and search; never throws for a citizen's input. */
  const run = async (req: Request, portal: HostedSite | null): Promise<Outcome> => {
    const check = parseSearchQuery(req.query as Record<string, unknown>, types)
    if (!check.ok) return { status: 400, errors: check.errors }
    const params = check.params
    const sites = await activeSites()
    // `sites` (a legal list's form: the portal and those whose documents it shows) widens a
    // portal's own scope to those portals; unknown or archived ones are dropped.
    const named = params.sites === undefined ? null : (Array.isArray(params.sites) ? params.sites : [params.sites]).filter((s) => sites.has(s))
    params.sites = undefined
    if (portal) params.site = portal.slug
    else if (params.site && !sites.has(params.site)) return { status: 404, errors: { site: UNKNOWN_SITE } }
    else if (!params.site && req.query.scope === 'site') return { status: 400, errors: { site: NEEDS_SITE } }
    else if (!params.site) params.scope = 'all'
    // Every active portal, named: an archived one's documents never show, even before its sync ran.
    if (params.scope === 'all') params.sites = [...sites.keys()]
    else if (named && params.site) params.sites = [...new Set([params.site, ...named])]
    const engine = searchEngine()
    if (!engine) return { status: 503, errors: { search: UNAVAILABLE } }
    let result: SearchResult
    try {
      result = await searchWithIntent(engine, params)
    } catch (err) {
      // The engine, not the citizen, failed (Meilisearch down, index closing): say so, briefly.
      payload.logger.error({ err, msg: 'Search failed' })
      return { status: 503, errors: { search: UNAVAILABLE } }
    }
    result.hits = result.hits.filter((h) => sites.has(h.site))
    if (portal) result.hits = await ownCopies(portal, result.hits, sites)
    return { status: 200, params, result, sites }
  }

  router.get('/api/public/search', async (req, res, next) => {
    const host = hostOf(req.headers.host)
    try {
      const platform = isPlatformHost(host)
      if (!platform) for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v)
      const portal = platform ? null : await hosts.resolve(host)
      if (!platform && (!portal || portal.status === 'archived')) return void res.status(404).set('Cache-Control', 'no-store').json(errorBody({ site: UNKNOWN_SITE }))
      const allowed = await limited(req)
      if (!allowed.allowed) return void res.status(429).set({ 'Retry-After': String(allowed.retryAfterSeconds), 'Cache-Control': 'no-store' }).json(errorBody({ form: tooMany(allowed.retryAfterSeconds) }))
      const outcome = await run(req, portal)
      if (outcome.errors) return void res.status(outcome.status).set('Cache-Control', 'no-store').json(errorBody(outcome.errors))
      const { params, result, sites } = outcome
      res.set({ 'Cache-Control': 'public, max-age=30', Vary: 'Host' }).json({
        query: params.q,
        scope: params.scope,
        site: params.scope === 'site' ? params.site : null,
        total: result.total,
        page: result.page,
        perPage: result.perPage,
        pages: result.pages,
        took: result.took,
        suggestion: result.suggestion ?? null,
        hits: result.hits.map((hit) => {
          const site = sites.get(hit.site)
          return {
            type: hit.type,
            title: hit.title,
            titleHtml: hit.titleHtml,
            url: hit.copyUrl && portal ? `${portalBaseUrl({ slug: portal.slug, domains: sites.get(portal.slug)?.domains })}${hit.copyUrl}` : `${portalBaseUrl({ slug: hit.site, domains: site?.domains })}${hit.url}`,
            site: hit.site,
            siteName: site?.name ?? hit.siteName,
            snippet: hit.snippet,
            date: hit.date ?? null,
            ...(hit.number ? { number: hit.number } : {}),
            ...(hit.issuer ? { issuer: hit.issuer } : {}),
            ...(hit.field ? { field: hit.field } : {}),
            ...(hit.year ? { year: hit.year } : {}),
            ...(hit.status ? { status: hit.status } : {}),
            ...(hit.doctype ? { doctype: hit.doctype } : {}),
          }
        }),
        facets: result.facets,
      })
    } catch (err) {
      next(err)
    }
  })

  router.get(SEARCH_PAGE_PATH, async (req, res, next) => {
    const host = hostOf(req.headers.host)
    if (isPlatformHost(host)) return next()
    try {
      const portal = await hosts.resolve(host)
      // Unknown and archived hosts: the portal router answers (404, redirect or 410).
      if (!portal || portal.status === 'archived') return next()
      for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v)
      res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
      const allowed = await limited(req)
      let status = 200
      let search
      if (!allowed.allowed) {
        status = 429
        res.set('Retry-After', String(allowed.retryAfterSeconds))
        search = emptySearchPage({}, tooMany(allowed.retryAfterSeconds).vi, typeOptions)
      } else {
        const check = parseSearchQuery(req.query as Record<string, unknown>, types)
        if (!check.ok) {
          status = 400
          search = emptySearchPage({ q: typeof req.query.q === 'string' ? req.query.q.slice(0, 500) : '' }, Object.values(check.errors).map((m) => m.vi).join(' '), typeOptions)
        } else if (!asksForSomething(check.params)) {
          search = emptySearchPage(pageParams(check.params), null, typeOptions)
        } else {
          const outcome = await run(req, portal)
          if (!outcome.errors) {
            const names = new Map([...outcome.sites].map(([slug, s]) => [slug, s.name]))
            search = searchPageData(outcome.params, outcome.result, {
              site: portal.slug,
              siteNames: names,
              absolute: (slug, path) => `${portalBaseUrl({ slug, domains: outcome.sites.get(slug)?.domains })}${path}`,
              types: typeOptions,
            })
          } else {
            status = outcome.status
            search = emptySearchPage(pageParams(check.params), Object.values(outcome.errors).map((m) => m.vi).join(' '), typeOptions)
          }
        }
      }
      const html = await renderPortalView(payload, portal.id, 'SearchView', { search })
      if (!html) return next()
      res.status(status).type('html').send(html)
    } catch (err) {
      next(err)
    }
  })

  return router
}
