/**
 * Tolerant addresses of legal documents and procedures: citizens type or paste a document number
 * or a procedure code as they see it (`/van-ban/42-2022-ND-CP/`, `/van-ban/42-2022-nđ-cp/`,
 * `/van-ban/42/2022/NĐ-CP`, `/van-ban/766-qd-ttg/` for `766-qd-ttg-2022`, the national code
 * `/thu-tuc-hanh-chinh/1.004633/`). When the exact path is not in the release, the request is
 * folded the way the build made the slugs (case, diacritics and đ, every separator to "-") and
 * compared with the folders the live release holds; a single match is answered with a 301 to it.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { slugFromNumber } from '../../../sites/src/lib/legal'
import { LEGAL_PATH, PROCEDURES_PATH } from '../../../themes/model/legal'

/** Lists under these paths, not documents: never the target of a folded address. */
const LIST_FOLDERS = new Set(['trang', 'loai', 'hieu-luc', 'cap'])
const PREFIXES = [LEGAL_PATH, PROCEDURES_PATH] as const
/** Releases whose folders were read, newest last (a release never changes once written). */
const CACHE_SIZE = 32

type Aliases = { exact: Map<string, string>; withoutYear: Map<string, string | null> }

const cache = new Map<string, Promise<Map<string, Aliases>>>()

async function aliasesOf(release: string): Promise<Map<string, Aliases>> {
  const byPrefix = new Map<string, Aliases>()
  for (const prefix of PREFIXES) {
    const entries = await fs.readdir(path.join(release, prefix), { withFileTypes: true }).catch(() => [])
    const aliases: Aliases = { exact: new Map(), withoutYear: new Map() }
    for (const entry of entries) {
      if (!entry.isDirectory() || LIST_FOLDERS.has(entry.name)) continue
      aliases.exact.set(entry.name, entry.name)
      // Numbers without a year get the issue year in their slug: "766-qd-ttg" finds "766-qd-ttg-2022".
      const year = /^(.+)-(?:19|20)\d\d$/.exec(entry.name)
      if (year) aliases.withoutYear.set(year[1]!, aliases.withoutYear.has(year[1]!) ? null : entry.name)
    }
    byPrefix.set(prefix, aliases)
  }
  return byPrefix
}

function releaseAliases(release: string): Promise<Map<string, Aliases>> {
  let hit = cache.get(release)
  if (!hit) {
    hit = aliasesOf(release)
    cache.set(release, hit)
    hit.catch(() => cache.delete(release))
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  }
  return hit
}

/**
 * The canonical path a tolerant address means in the portal folder `root`, or null. `urlPath` is
 * the request's path as received (percent-encoded).
 */
export async function tolerantAddress(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath).normalize('NFC')
  } catch {
    return null
  }
  const prefix = PREFIXES.find((p) => decoded.toLowerCase().startsWith(p) || decoded.toLowerCase() === p.slice(0, -1))
  if (!prefix) return null
  const key = slugFromNumber(decoded.slice(prefix.length))
  if (!key) return null
  const release = await fs.realpath(root).catch(() => null)
  if (!release) return null
  const aliases = (await releaseAliases(release)).get(prefix)
  const slug = aliases?.exact.get(key) ?? aliases?.withoutYear.get(key) ?? null
  if (!slug) return null
  const target = `${prefix}${slug}/`
  return target === urlPath ? null : target
}
