/**
 * Self-check of the demo content.
 *
 *   cd /work/main && npx tsx seed/data/check.ts
 *
 * Exits 1 and lists every problem found; exits 0 and prints a summary otherwise.
 */
import { REFUSED_PAGE_SLUGS as RESERVED } from '../../cms/src/contracts/portal'
import { seedSites } from './index'
import type { SeedBlock, SeedLink, SeedRichText, SeedSite } from './types'

const RESERVED_PAGE_SLUGS = new Set<string>(RESERVED)
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/
const DATE_MIN = Date.parse('2026-09-01T00:00:00+07:00')
const DATE_MAX = Date.parse('2026-11-22T23:59:59+07:00')
const ISO_VN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/
const REQUIRED_PAGES = ['gioi-thieu', 'lien-he', 'lanh-dao']
const PAGES_NEEDING_EN = ['gioi-thieu', 'lien-he']
const MIN_ARTICLES = 12
const BODY_PARAGRAPHS = [4, 8] as const
const BODY_WORDS = [250, 450] as const

const errors: string[] = []
const fail = (where: string, msg: string) => errors.push(`${where}: ${msg}`)

/** Every string anywhere in the data must be NFC, trimmed, non-empty and free of look-alike letters. */
function checkStrings(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) fail(path, `not NFC: ${JSON.stringify(value.slice(0, 60))}`)
    if (value.trim() === '') fail(path, 'empty string')
    else if (value !== value.trim()) fail(path, `leading/trailing whitespace: ${JSON.stringify(value.slice(0, 60))}`)
    if (/[\u00d0\u00f0]/.test(value)) fail(path, 'contains Ð/ð (U+00D0/U+00F0) instead of Đ/đ')
    if (/[\u0300-\u036f]/.test(value)) fail(path, 'contains a combining diacritic')
    if (/ {2,}/.test(value)) fail(path, `double space in ${JSON.stringify(value.slice(0, 60))}`)
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkStrings(v, `${path}[${i}]`))
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkStrings(v, `${path}.${k}`)
  }
}

function relativeLuminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16)
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
}
const contrastWithWhite = (hex: string) => 1.05 / (relativeLuminance(hex) + 0.05)

function checkRichText(rt: SeedRichText, where: string): void {
  if (rt.length === 0) fail(where, 'rich text has no paragraphs')
  rt.forEach((p, i) => {
    if (/^#/.test(p) && !/^#{2,3} \S/.test(p)) fail(`${where}[${i}]`, `malformed heading "${p.slice(0, 30)}" (use "## " or "### ")`)
    if (/^[-*•]/.test(p) && !/^- \S/.test(p)) fail(`${where}[${i}]`, `malformed bullet "${p.slice(0, 30)}" (use "- ")`)
  })
}

const wordCount = (rt: SeedRichText) =>
  rt.join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

function checkSite(site: SeedSite, index: number, seen: Map<string, number>, domains: Set<string>): void {
  const at = `site "${site.slug}"`

  // Identity and hierarchy
  if (!KEBAB.test(site.slug)) fail(at, 'slug is not lowercase ASCII kebab-case')
  if (seen.has(site.slug)) fail(at, 'duplicate site slug')
  if (site.parent !== undefined) {
    const parentIndex = seen.get(site.parent)
    if (parentIndex === undefined) {
      const exists = seedSites.some((s) => s.slug === site.parent)
      fail(at, exists ? `parent "${site.parent}" comes after its child (seedSites must be parent-first)` : `unknown parent "${site.parent}"`)
    }
  }
  if ((site.level === 'trung-uong' || site.level === 'tinh') && site.parent !== undefined)
    fail(at, `level ${site.level} must not have a parent`)
  if ((site.level === 'xa' || site.level === 'truc-thuoc') && site.parent === undefined)
    fail(at, `level ${site.level} needs a parent`)
  if (site.level === 'tinh' && !/^\d{2}$/.test(site.unitCode ?? '')) fail(at, 'a province needs a 2-digit unitCode string')
  if (site.level === 'xa' && !/^\d{5}$/.test(site.unitCode ?? '')) fail(at, 'a commune needs a 5-digit unitCode string')
  if (site.unitCode !== undefined && !/^\d{2}$|^\d{5}$/.test(site.unitCode)) fail(at, `unitCode "${site.unitCode}" is neither 2 nor 5 digits`)

  if (site.domains.length === 0) fail(at, 'no domains')
  for (const d of site.domains) {
    if (!HOSTNAME.test(d)) fail(at, `domain "${d}" is not a lowercase host name`)
    if (domains.has(d)) fail(at, `domain "${d}" used by another site`)
    domains.add(d)
  }

  // Colour and contact
  if (!/^#[0-9a-fA-F]{6}$/.test(site.primaryColor)) fail(at, `primaryColor "${site.primaryColor}" is not #rrggbb`)
  else {
    const ratio = contrastWithWhite(site.primaryColor)
    if (ratio < 4.5) fail(at, `primaryColor ${site.primaryColor} has contrast ${ratio.toFixed(2)}:1 with white (< 4.5)`)
  }
  const emails: [string, string][] = [['contact.email', site.contact.email]]

  // Categories
  const categories = new Set<string>()
  if (site.categories.length < 3 || site.categories.length > 5) fail(at, `${site.categories.length} categories (want 3–5)`)
  for (const c of site.categories) {
    if (!KEBAB.test(c.slug)) fail(at, `category slug "${c.slug}" is not ASCII kebab-case`)
    if (categories.has(c.slug)) fail(at, `duplicate category slug "${c.slug}"`)
    categories.add(c.slug)
  }

  // Pages
  const pages = new Set<string>()
  const pagesWithEn = new Set<string>()
  for (const p of site.pages) {
    const where = `${at} page "${p.slug}"`
    if (!KEBAB.test(p.slug)) fail(where, 'slug is not ASCII kebab-case')
    if (RESERVED_PAGE_SLUGS.has(p.slug)) fail(where, 'slug is reserved by the portal')
    if (pages.has(p.slug)) fail(where, 'duplicate page slug')
    pages.add(p.slug)
    if (p.en) pagesWithEn.add(p.slug)
  }
  for (const slug of REQUIRED_PAGES) if (!pages.has(slug)) fail(at, `missing page "${slug}"`)
  for (const slug of PAGES_NEEDING_EN) if (pages.has(slug) && !pagesWithEn.has(slug)) fail(at, `page "${slug}" needs an English version`)
  if (!pages.has('so-do-cong') && !pages.has('lien-ket')) fail(at, 'missing page "lien-ket" or "so-do-cong"')

  const resolve = (href: string, where: string) => {
    if (/^https:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/.test(href)) return
    if (href === '/' || href === '/tin-tuc/' || href === '/en/') return
    let m = /^\/chuyen-muc\/([^/]+)\/$/.exec(href)
    if (m) {
      if (!categories.has(m[1]!)) fail(where, `href ${href} → unknown category "${m[1]}"`)
      return
    }
    m = /^\/en\/([^/]+)\/$/.exec(href)
    if (m) {
      if (!pagesWithEn.has(m[1]!)) fail(where, `href ${href} → page "${m[1]}" has no English version`)
      return
    }
    m = /^\/([^/]+)\/$/.exec(href)
    if (m) {
      if (!pages.has(m[1]!)) fail(where, `href ${href} → unknown page "${m[1]}"`)
      return
    }
    fail(where, `href "${href}" is neither a known portal path nor an https:// URL`)
  }
  const checkLinks = (links: SeedLink[], where: string) => {
    if (links.length === 0) fail(where, 'empty link list')
    links.forEach((l, i) => resolve(l.href, `${where}[${i}] "${l.label}"`))
  }

  const checkBlocks = (blocks: SeedBlock[], where: string) => {
    if (blocks.length === 0) fail(where, 'no blocks')
    blocks.forEach((b, i) => {
      const w = `${where}.blocks[${i}]`
      if (b.type === 'richText') checkRichText(b.content, w)
      else if (b.type === 'linksList') checkLinks(b.links, w)
      else if (b.email !== undefined) emails.push([w, b.email])
    })
  }
  for (const p of site.pages) {
    checkBlocks(p.vi.blocks, `${at} page "${p.slug}" vi`)
    if (p.en) checkBlocks(p.en.blocks, `${at} page "${p.slug}" en`)
  }
  const contactCards = (slug: string) =>
    site.pages.find((p) => p.slug === slug)?.vi.blocks.filter((b) => b.type === 'contactCard').length ?? 0
  if (contactCards('lien-he') < 2) fail(at, 'page "lien-he" needs a contactCard per contact point and one for the agency')
  if (contactCards('lanh-dao') < 2) fail(at, 'page "lanh-dao" needs a contactCard per leader')
  const linkPage = site.pages.find((p) => p.slug === 'lien-ket' || p.slug === 'so-do-cong')
  if (linkPage && !linkPage.vi.blocks.some((b) => b.type === 'linksList')) fail(at, `page "${linkPage.slug}" needs a linksList`)

  // Menus
  for (const lang of ['vi', 'en'] as const) {
    checkLinks(site[lang].headerMenu, `${at} ${lang}.headerMenu`)
    checkLinks(site[lang].footerMenu, `${at} ${lang}.footerMenu`)
  }
  const header = new Set(site.vi.headerMenu.map((l) => l.href))
  for (const href of ['/', '/gioi-thieu/', '/tin-tuc/', '/lien-he/', ...[...categories].map((c) => `/chuyen-muc/${c}/`)])
    if (!header.has(href)) fail(at, `vi.headerMenu lacks ${href}`)
  for (const l of [...site.en.headerMenu, ...site.en.footerMenu])
    if (!l.href.startsWith('/en/') && !l.href.startsWith('https://'))
      fail(at, `en menu link "${l.label}" → ${l.href}: English menus must point to /en/… or https://`)
  const enHeader = new Set(site.en.headerMenu.map((l) => l.href))
  for (const href of ['/en/', '/en/gioi-thieu/', '/en/lien-he/']) if (!enHeader.has(href)) fail(at, `en.headerMenu lacks ${href}`)

  // News
  if (site.news.length < MIN_ARTICLES) fail(at, `${site.news.length} articles (want ≥ ${MIN_ARTICLES})`)
  const articleSlugs = new Set<string>()
  for (const a of site.news) {
    const where = `${at} article "${a.slug}"`
    if (!KEBAB.test(a.slug)) fail(where, 'slug is not lowercase ASCII kebab-case')
    if (articleSlugs.has(a.slug)) fail(where, 'duplicate article slug')
    articleSlugs.add(a.slug)
    if (a.categories.length === 0) fail(where, 'no category')
    for (const c of a.categories) if (!categories.has(c)) fail(where, `unknown category "${c}"`)
    if (new Set(a.categories).size !== a.categories.length) fail(where, 'category listed twice')
    if (!ISO_VN.test(a.publishedAt)) fail(where, `publishedAt "${a.publishedAt}" is not YYYY-MM-DDTHH:MM:SS+07:00`)
    const t = Date.parse(a.publishedAt)
    if (Number.isNaN(t)) fail(where, `publishedAt "${a.publishedAt}" is not a date`)
    else if (t < DATE_MIN || t > DATE_MAX) fail(where, `publishedAt ${a.publishedAt} outside 2026-09-01 … 2026-11-22`)
    checkRichText(a.body, `${where} body`)
    const paragraphs = a.body.length
    if (paragraphs < BODY_PARAGRAPHS[0] || paragraphs > BODY_PARAGRAPHS[1])
      fail(where, `${paragraphs} body paragraphs (want ${BODY_PARAGRAPHS[0]}–${BODY_PARAGRAPHS[1]})`)
    const words = wordCount(a.body)
    if (words < BODY_WORDS[0] || words > BODY_WORDS[1]) fail(where, `${words} words in body (want ${BODY_WORDS[0]}–${BODY_WORDS[1]})`)
    if (a.cover) {
      if (!Number.isInteger(a.cover.hue) || a.cover.hue < 0 || a.cover.hue > 359) fail(where, `cover hue ${a.cover.hue} not an integer 0–359`)
    }
  }
  const withCover = site.news.filter((a) => a.cover).length
  if (withCover * 2 <= site.news.length) fail(at, `only ${withCover}/${site.news.length} articles have a cover (want most)`)
  const titles = new Set<string>()
  for (const a of site.news) {
    if (titles.has(a.title)) fail(at, `duplicate article title "${a.title}"`)
    titles.add(a.title)
  }

  for (const [where, email] of emails)
    if (!/^[a-z0-9._-]+@(?:[a-z0-9-]+\.)+gov\.vn$/.test(email)) fail(`${at} ${where}`, `e-mail "${email}" is not an address on a .gov.vn domain`)

  checkStrings(site, at)
  seen.set(site.slug, index)
}

const seen = new Map<string, number>()
const domains = new Set<string>()
if (seedSites.length === 0) fail('seedSites', 'empty')
seedSites.forEach((site, i) => checkSite(site, i, seen, domains))

if (errors.length > 0) {
  console.error(`seed/data check FAILED with ${errors.length} problem(s):`)
  for (const e of errors) console.error(`  ✗ ${e}`)
  process.exit(1)
}

console.log('seed/data check passed')
for (const s of seedSites) {
  const words = s.news.map((a) => wordCount(a.body))
  console.log(
    `  ${s.slug.padEnd(16)} ${String(s.news.length).padStart(2)} articles (${Math.min(...words)}–${Math.max(...words)} words), ` +
      `${s.pages.length} pages, ${s.categories.length} categories, colour ${s.primaryColor} ${contrastWithWhite(s.primaryColor).toFixed(2)}:1`,
  )
}
