/**
 * Whether external links open, for the checks' warnings (never for a refusal): `HEAD` (then `GET`
 * when a server refuses `HEAD`) with a short timeout, answers cached per process, and addresses
 * that resolve to private or loopback networks left unchecked unless `LINK_CHECK_PRIVATE` is on
 * (the server must not become a way to probe the agency's intranet).
 */
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { env } from '../../cms/src/config/env'

export type LinkState = 'ok' | 'broken' | 'unknown'

/** How long one address may take; then it is "unknown" (not broken) and checked again next time. */
export const LINK_TIMEOUT_MS = 2500
const OK_TTL_MS = 6 * 60 * 60_000
const BROKEN_TTL_MS = 10 * 60_000
const MAX_ENTRIES = 5000

const cache = new Map<string, { state: LinkState; until: number }>()
const pending = new Map<string, Promise<LinkState>>()

function remember(url: string, state: LinkState) {
  if (state === 'unknown') return
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  cache.set(url, { state, until: Date.now() + (state === 'ok' ? OK_TTL_MS : BROKEN_TTL_MS) })
}

function privateAddress(address: string): boolean {
  if (isIP(address) === 6) {
    const a = address.toLowerCase()
    if (a.startsWith('::ffff:')) return privateAddress(a.slice(7))
    return a === '::1' || a === '::' || a.startsWith('fc') || a.startsWith('fd') || a.startsWith('fe80')
  }
  const [a, b] = address.split('.').map(Number) as [number, number]
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)
}

/** Broken: the server answers 404, 410 or 5xx, or the name does not resolve, or the connection is refused. */
async function probe(url: string): Promise<LinkState> {
  const { hostname } = new URL(url)
  const host = hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address)
  } catch {
    return 'broken'
  }
  if (!env().linkCheckPrivate && addresses.some(privateAddress)) return 'unknown'
  const ask = async (method: 'HEAD' | 'GET') => {
    const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(LINK_TIMEOUT_MS), headers: { 'user-agent': 'Cong-link-check/1 (+kiem tra lien ket truoc khi xuat ban)' } })
    await res.body?.cancel().catch(() => undefined)
    return res.status
  }
  try {
    let status = await ask('HEAD')
    if (status === 405 || status === 501) status = await ask('GET')
    if (status === 404 || status === 410 || status >= 500) return 'broken'
    return 'ok'
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code
    if (cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') return 'broken'
    return 'unknown'
  }
}

/** The state of one address, from the cache or asked now (concurrent asks for one address share one request). */
export function linkState(url: string): Promise<LinkState> {
  const hit = cache.get(url)
  if (hit && hit.until > Date.now()) return Promise.resolve(hit.state)
  let running = pending.get(url)
  if (!running) {
    running = probe(url)
      .catch((): LinkState => 'unknown')
      .then((state) => {
        remember(url, state)
        pending.delete(url)
        return state
      })
    pending.set(url, running)
  }
  return running
}

/**
 * The states of `urls`, waiting at most `budgetMs` in all: addresses still being checked then are
 * "unknown" now and cached when their answer comes, for the next look.
 */
export async function linkStates(urls: Iterable<string>, budgetMs = LINK_TIMEOUT_MS + 500, concurrency = 8): Promise<Map<string, LinkState>> {
  const list = [...new Set(urls)]
  const out = new Map<string, LinkState>(list.map((u) => [u, 'unknown' as LinkState]))
  let next = 0
  const worker = async () => {
    while (next < list.length) {
      const url = list[next++]!
      out.set(url, await linkState(url))
    }
  }
  const all = Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker))
  let timer: NodeJS.Timeout | undefined
  await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, budgetMs)))])
  clearTimeout(timer)
  return new Map(out)
}

/** Forget cached answers (tests). */
export function clearLinkCache() {
  cache.clear()
}
