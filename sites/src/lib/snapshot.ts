import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import {
  PortalSnapshot,
  REFUSED_PAGE_SLUGS,
} from '../../../cms/src/contracts/portal'

/** Raised for anything wrong with the snapshot; the message is what the editor/operator reads. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

interface Problem {
  path: PropertyKey[]
  message: string
}

const MAX_PROBLEMS_SHOWN = 25
const SITE_SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/
const SEGMENT = /^[^/\\\s?#%]+$/

const cache = new Map<string, Promise<PortalSnapshot>>()

/**
 * Reads and validates the snapshot named by `CONG_SNAPSHOT`. Several collections load from the
 * same file in one build, so the parsed result is shared while the file is unchanged.
 */
export async function readSnapshot(
  path: string | undefined = process.env.CONG_SNAPSHOT,
): Promise<PortalSnapshot> {
  if (!path) {
    throw new SnapshotError(
      'CONG_SNAPSHOT is not set. Point it at the JSON snapshot exported by the CMS, e.g. ' +
        'CONG_SNAPSHOT=/abs/path/snapshot.json CONG_OUT_DIR=/abs/out npx astro build --root sites',
    )
  }
  const file = resolve(path)
  const info = await stat(file).catch((error: unknown) => {
    throw new SnapshotError(`Cannot read CMS snapshot ${file}: ${messageOf(error)}`)
  })
  const key = `${file}:${info.mtimeMs}:${info.size}`
  let pending = cache.get(key)
  if (!pending) {
    pending = parseSnapshotFile(file)
    cache.set(key, pending)
  }
  return pending
}

async function parseSnapshotFile(file: string): Promise<PortalSnapshot> {
  const raw = await readFile(file, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new SnapshotError(`CMS snapshot ${file} is not valid JSON: ${messageOf(error)}`)
  }
  return validateSnapshot(json, file)
}

/** Schema check plus the rules the routes depend on (unique, URL-safe, non-reserved slugs…). */
export function validateSnapshot(json: unknown, source: string): PortalSnapshot {
  const parsed = PortalSnapshot.safeParse(json)
  if (!parsed.success) {
    throw new SnapshotError(report(source, json, parsed.error.issues))
  }
  const problems = integrityProblems(parsed.data)
  if (problems.length > 0) {
    throw new SnapshotError(report(source, json, problems))
  }
  return parsed.data
}

function integrityProblems(snapshot: PortalSnapshot): Problem[] {
  const problems: Problem[] = []
  const reserved = new Set<string>(REFUSED_PAGE_SLUGS)
  const siteSlugs = new Set<string>()

  if (!isDate(snapshot.generatedAt)) {
    problems.push({ path: ['generatedAt'], message: 'is not a valid date' })
  }

  snapshot.sites.forEach((site, s) => {
    const at = (...rest: PropertyKey[]) => ['sites', s, ...rest]
    if (!SITE_SLUG.test(site.slug)) {
      problems.push({
        path: at('slug'),
        message: `"${site.slug}" must be lowercase letters, digits and hyphens (it names the output folder)`,
      })
    }
    if (siteSlugs.has(site.slug)) {
      problems.push({ path: at('slug'), message: `duplicate site slug "${site.slug}"` })
    }
    siteSlugs.add(site.slug)
    if (!/^https?:\/\/[^/]+/.test(site.baseUrl) || !URL.canParse(site.baseUrl)) {
      problems.push({ path: at('baseUrl'), message: `"${site.baseUrl}" is not an absolute http(s) URL` })
    }

    checkSlugs(site.news, 'news', at, problems, (slug) => SEGMENT.test(slug) && !isDotSegment(slug))
    checkSlugs(site.categories, 'categories', at, problems, (slug) => SEGMENT.test(slug) && !isDotSegment(slug))
    checkSlugs(site.pages, 'pages', at, problems, (slug) => {
      const segments = slug.split('/')
      return (
        segments.every((segment) => SEGMENT.test(segment) && !isDotSegment(segment)) &&
        !reserved.has(segments[0] ?? '')
      )
    })

    site.news.forEach((article, i) => {
      for (const field of ['publishedAt', 'updatedAt'] as const) {
        if (!isDate(article[field])) {
          problems.push({ path: at('news', i, field), message: 'is not a valid date' })
        }
      }
    })
    site.pages.forEach((page, i) => {
      if (!isDate(page.updatedAt)) {
        problems.push({ path: at('pages', i, 'updatedAt'), message: 'is not a valid date' })
      }
    })
  })
  return problems
}

function checkSlugs(
  items: readonly { slug: string }[],
  field: string,
  at: (...rest: PropertyKey[]) => PropertyKey[],
  problems: Problem[],
  isValid: (slug: string) => boolean,
): void {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    if (!isValid(item.slug)) {
      problems.push({
        path: at(field, i, 'slug'),
        message: `"${item.slug}" is not usable in a URL here (empty, unsafe characters, or a reserved path)`,
      })
    }
    if (seen.has(item.slug)) {
      problems.push({ path: at(field, i, 'slug'), message: `duplicate slug "${item.slug}"` })
    }
    seen.add(item.slug)
  })
}

function report(source: string, json: unknown, problems: readonly Problem[]): string {
  const lines = problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((problem) => `  - ${describePath(problem.path, json)}: ${problem.message}`)
  if (problems.length > MAX_PROBLEMS_SHOWN) {
    lines.push(`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`)
  }
  return `Invalid CMS snapshot ${source} (${problems.length} problem(s)):\n${lines.join('\n')}`
}

/** `sites[2](ha-tinh).news[4].publishedAt`: the site slug saves the reader from counting. */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  if (path.length === 0) return '(root)'
  let out = ''
  let node: unknown = json
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined
    if (typeof key === 'number' && out.startsWith('sites[') && out.indexOf(']') === out.length - 1) {
      const slug = (node as { slug?: unknown } | undefined)?.slug
      if (typeof slug === 'string') out += `(${slug})`
    }
  }
  return out
}

function isDate(value: string): boolean {
  return !Number.isNaN(Date.parse(value))
}

function isDotSegment(segment: string): boolean {
  return segment === '.' || segment === '..'
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
