/**
 * Checks over one built portal release (a directory of static HTML): internal links that lead
 * nowhere, and fast static accessibility checks per page. No browser: one pass of a small
 * tokenizer per file, so a portal of a few hundred pages is checked in a fraction of a second.
 *
 * The static rules catch what the HTML alone shows (WCAG 2.1: 1.1.1, 1.3.1, 2.4.2, 2.4.4, 3.1.1,
 * 4.1.1, 4.1.2). Contrast, focus and keyboard behaviour need a browser and are not checked here.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { statementPath } from '../../../themes/model/urls'
import { type Attrs, decodeEntities, tokenize } from './html'
import { A11Y_RULE_IDS, type A11yRuleId, type A11yRuleResult, MAX_BROKEN_EXAMPLES, MAX_EXAMPLES, type ReleaseChecks } from './rules'

export { A11Y_RULE_IDS, A11Y_RULES, MAX_BROKEN_EXAMPLES, MAX_EXAMPLES } from './rules'
export type { A11yRuleId, A11yRuleResult, BrokenLink, CheckExample, ReleaseChecks } from './rules'

/** URL attributes checked for links, besides `srcset`. */
const URL_ATTRS = ['href', 'src', 'poster'] as const
const UNLABELLED_INPUT_TYPES = new Set(['hidden', 'submit', 'reset', 'button', 'image'])
const HEADING = /^h([1-6])$/
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

const nonEmpty = (value: string | undefined) => value !== undefined && value.trim() !== ''
const hasText = (text: string) => decodeEntities(text).replace(/[\s\u00a0\u200b]+/g, '') !== ''

function snippet(name: string, attrs: Attrs): string {
  const keep = ['id', 'name', 'type', 'src', 'href', 'class']
  const parts = keep.filter((a) => attrs.has(a)).map((a) => `${a}="${(attrs.get(a) ?? '').slice(0, 80)}"`)
  return `<${name}${parts.length ? ' ' + parts.join(' ') : ''}>`
}

type PageFindings = {
  refs: Set<string>
  issues: Array<{ rule: A11yRuleId; detail: string }>
}

/** Scan one page: the URLs it references and what the static rules find. */
export function scanPage(html: string): PageFindings {
  const refs = new Set<string>()
  const issues: PageFindings['issues'] = []
  let htmlLang: boolean | null = null
  let title: string | null = null
  let inTitle = false
  let svgDepth = 0
  let labelDepth = 0
  let h1 = 0
  let lastHeading = 0
  let redirect = false
  let link: { attrs: Attrs; named: boolean } | null = null
  const labelFor = new Set<string>()
  const controls: Array<{ id: string | undefined; named: boolean; detail: string }> = []
  const ids = new Map<string, number>()

  tokenize(html, {
    open(name, attrs, selfClosing) {
      for (const attr of URL_ATTRS) {
        const value = attrs.get(attr)
        if (value !== undefined) refs.add(value.trim())
      }
      const srcset = attrs.get('srcset')
      if (srcset) for (const candidate of srcset.split(',')) refs.add(candidate.trim().split(/\s+/)[0] ?? '')
      const id = attrs.get('id')
      if (nonEmpty(id)) ids.set(id!, (ids.get(id!) ?? 0) + 1)

      switch (name) {
        case 'html':
          htmlLang = nonEmpty(attrs.get('lang'))
          break
        case 'title':
          if (svgDepth === 0 && title === null) {
            title = ''
            inTitle = true
          }
          break
        case 'svg':
          if (!selfClosing) svgDepth++
          if (link && (nonEmpty(attrs.get('aria-label')) || nonEmpty(attrs.get('aria-labelledby')))) link.named = true
          break
        case 'meta':
          if (attrs.get('http-equiv')?.toLowerCase() === 'refresh') redirect = true
          break
        case 'a':
          if (attrs.has('href')) {
            link = { attrs, named: nonEmpty(attrs.get('aria-label')) || nonEmpty(attrs.get('aria-labelledby')) || nonEmpty(attrs.get('title')) }
          }
          break
        case 'img': {
          const alt = attrs.get('alt')
          if (link && nonEmpty(alt)) link.named = true
          const exempt =
            alt !== undefined ||
            nonEmpty(attrs.get('aria-label')) ||
            nonEmpty(attrs.get('aria-labelledby')) ||
            nonEmpty(attrs.get('title')) ||
            ['presentation', 'none'].includes(attrs.get('role') ?? '') ||
            attrs.get('aria-hidden') === 'true'
          if (!exempt) issues.push({ rule: 'image-alt', detail: snippet(name, attrs) })
          break
        }
        case 'label':
          if (!selfClosing) labelDepth++
          if (nonEmpty(attrs.get('for'))) labelFor.add(attrs.get('for')!)
          break
        case 'input':
        case 'select':
        case 'textarea': {
          if (name === 'input' && UNLABELLED_INPUT_TYPES.has((attrs.get('type') ?? 'text').toLowerCase())) break
          const named =
            labelDepth > 0 || nonEmpty(attrs.get('aria-label')) || nonEmpty(attrs.get('aria-labelledby')) || nonEmpty(attrs.get('title'))
          controls.push({ id: attrs.get('id'), named, detail: snippet(name, attrs) })
          break
        }
        default: {
          const heading = HEADING.exec(name)
          if (heading) {
            const level = Number(heading[1])
            if (level === 1) h1++
            if (lastHeading > 0 && level > lastHeading + 1) issues.push({ rule: 'heading-order', detail: `h${lastHeading} → h${level}` })
            lastHeading = level
          }
        }
      }
    },
    close(name) {
      switch (name) {
        case 'title':
          inTitle = false
          break
        case 'svg':
          if (svgDepth > 0) svgDepth--
          break
        case 'label':
          if (labelDepth > 0) labelDepth--
          break
        case 'a':
          if (link && !link.named) issues.push({ rule: 'link-name', detail: snippet('a', link.attrs) })
          link = null
          break
      }
    },
    text(text, raw) {
      if (raw) return
      if (inTitle) title += text
      if (link && !link.named && hasText(text)) link.named = true
    },
  })

  for (const control of controls) {
    if (!control.named && !(control.id && labelFor.has(control.id))) issues.push({ rule: 'form-label', detail: control.detail })
  }
  for (const [id, count] of ids) if (count > 1) issues.push({ rule: 'duplicate-id', detail: `id="${id}" ×${count}` })

  // A redirect stub (meta refresh) is not a page anyone reads: only its links count.
  if (redirect) return { refs, issues: [] }
  if (htmlLang !== true) issues.unshift({ rule: 'html-lang', detail: htmlLang === null ? 'không có thẻ <html> / no <html> tag' : '<html>' })
  if (title === null || !hasText(title)) issues.unshift({ rule: 'document-title', detail: title === null ? '<title> thiếu / missing' : '<title></title>' })
  if (h1 !== 1) issues.push({ rule: 'single-h1', detail: h1 === 0 ? 'không có <h1> / no <h1>' : `${h1} × <h1>` })
  return { refs, issues }
}

/** The site path of a file in the release: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function pagePath(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/')
  if (posix === 'index.html') return '/'
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`
  return `/${posix}`
}

/**
 * The release-relative path a reference points to, or null when it is not internal (another
 * host, mailto:, tel:, a fragment only, javascript:, data:…).
 */
export function internalTarget(ref: string, page: string, base: URL | null): string | null {
  if (ref === '' || ref.startsWith('#')) return null
  let url = ref
  if (url.startsWith('//') || SCHEME.test(url)) {
    if (!base || !/^(https?:)?\/\//i.test(url)) return null
    let parsed: URL
    try {
      parsed = new URL(url, base)
    } catch {
      return null
    }
    if (parsed.host !== base.host) return null
    const prefix = base.pathname.replace(/\/$/, '')
    if (prefix && !parsed.pathname.startsWith(prefix + '/') && parsed.pathname !== prefix) return null
    url = parsed.pathname.slice(prefix.length) || '/'
  }
  url = url.replace(/[?#].*$/, '')
  if (url === '') return null // "?page=2" on the same page
  if (!url.startsWith('/')) url = page.slice(0, page.lastIndexOf('/') + 1) + url
  let decoded = url
  try {
    decoded = decodeURIComponent(url)
  } catch {
    // Keep the raw path: a malformed escape is looked up as written.
  }
  const normal = path.posix.normalize(decoded)
  return normal.startsWith('/') ? normal : `/${normal}`
}

async function listFiles(dir: string): Promise<Set<string>> {
  const files = new Set<string>()
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() || entry.isSymbolicLink()) {
      files.add(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    }
  }
  return files
}

/** Does a site path resolve to a file, as the static server does (`/a/` and `/a` → `a/index.html`)? */
function resolves(target: string, files: ReadonlySet<string>): boolean {
  const rel = target.replace(/^\/+/, '')
  if (rel === '' || rel.endsWith('/')) return files.has(`${rel}index.html`)
  return files.has(rel) || files.has(`${rel}/index.html`)
}

async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index]!)
      }
    }),
  )
  return results
}

/** A page's findings in a form that survives `postMessage` and JSON: refs as an array. */
export type ScannedPage = { page: string; refs: readonly string[]; issues: ReadonlyArray<{ rule: A11yRuleId; detail: string }> }

/** The URLs a feed or sitemap lists (`<loc>` and `<link>`). */
export function feedRefs(xml: string): string[] {
  const refs = new Set<string>()
  for (const m of xml.matchAll(/<(loc|link)>\s*([^<\s]+)\s*<\/\1>/g)) refs.add(decodeEntities(m[2]!))
  return [...refs]
}

/** Is this release file a feed whose URLs are checked (with a base URL)? */
export const isCheckedFeed = (file: string) => file === 'sitemap.xml' || file === 'rss.xml' || /^[^/]+\/rss\.xml$/.test(file)

/**
 * The figures of a release from its scanned pages and the list of its files. The build computes
 * the scans while it renders (and carries them over for unchanged pages), so it calls this
 * directly; `checkRelease` reads a release folder from disk and ends here too.
 *
 * @param scanned HTML pages in file order, then feeds
 * @param pages number of HTML pages among them
 */
export function summariseChecks(scanned: readonly ScannedPage[], files: ReadonlySet<string>, baseUrl: string | undefined, pages: number, started = performance.now()): ReleaseChecks {
  const base = baseOf(baseUrl)
  let checked = 0
  let broken = 0
  const brokenByTarget = new Map<string, { page: string; pages: number }>()
  const exists = new Map<string, boolean>()
  const rules = new Map<A11yRuleId, A11yRuleResult>(A11Y_RULE_IDS.map((rule) => [rule, { rule, count: 0, pages: 0, examples: [] }]))
  let pagesWithIssues = 0

  for (const { page, refs, issues } of scanned) {
    const targets = new Set<string>()
    for (const ref of refs) {
      const target = internalTarget(ref, page, base)
      if (target !== null) targets.add(target)
    }
    for (const target of targets) {
      checked++
      let ok = exists.get(target)
      if (ok === undefined) {
        ok = resolves(target, files)
        exists.set(target, ok)
      }
      if (ok) continue
      broken++
      const entry = brokenByTarget.get(target)
      if (entry) entry.pages++
      else brokenByTarget.set(target, { page, pages: 1 })
    }
    if (issues.length > 0) pagesWithIssues++
    const rulesOnPage = new Set<A11yRuleId>()
    for (const issue of issues) {
      const result = rules.get(issue.rule)!
      result.count++
      rulesOnPage.add(issue.rule)
      if (result.examples.length < MAX_EXAMPLES) result.examples.push({ page, detail: issue.detail })
    }
    for (const rule of rulesOnPage) rules.get(rule)!.pages++
  }

  const ruleResults = [...rules.values()]
  return {
    version: 1,
    checkedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    pages,
    links: {
      checked,
      broken,
      brokenTargets: brokenByTarget.size,
      examples: [...brokenByTarget]
        .map(([target, { page, pages }]) => ({ target, page, pages }))
        .sort((a, b) => b.pages - a.pages || a.target.localeCompare(b.target))
        .slice(0, MAX_BROKEN_EXAMPLES),
    },
    a11y: {
      issues: ruleResults.reduce((sum, r) => sum + r.count, 0),
      pagesWithIssues,
      rules: ruleResults,
    },
  }
}

const baseOf = (baseUrl: string | undefined) => (baseUrl ? new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : null)

/**
 * Check a built portal release read from disk.
 *
 * @param dir the release directory (or the live symlink `<sitesDir>/<slug>`)
 * @param baseUrl the portal's public base URL (e.g. `https://hatinh.gov.vn`): absolute links to
 *   this origin are then checked too, and the URLs listed in `sitemap.xml` and `rss.xml`.
 */
export async function checkRelease(dir: string, baseUrl?: string): Promise<ReleaseChecks> {
  const started = performance.now()
  const files = await listFiles(dir)
  // The accessibility statement reports on the checks and is written after them: not one of the pages checked.
  const statements = new Set((['vi', 'en'] as const).map((lang) => `${statementPath(lang).slice(1)}index.html`))
  const htmlFiles = [...files].filter((f) => f.endsWith('.html') && !statements.has(f)).sort()
  const feeds = baseUrl ? [...files].filter(isCheckedFeed).sort() : []

  const scanned: ScannedPage[] = await mapLimit(htmlFiles, 16, async (file) => {
    const findings = scanPage(await fs.readFile(path.join(dir, file), 'utf8'))
    return { page: pagePath(file), refs: [...findings.refs], issues: findings.issues }
  })
  for (const feed of feeds) scanned.push({ page: `/${feed}`, refs: feedRefs(await fs.readFile(path.join(dir, feed), 'utf8')), issues: [] })
  return summariseChecks(scanned, files, baseUrl, htmlFiles.length, started)
}
