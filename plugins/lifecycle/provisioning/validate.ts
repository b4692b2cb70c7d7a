/**
 * Checks a request for a new portal (from the CLI, a CSV row or the admin endpoint) against the
 * rules of the administrative hierarchy (domain reference §5) and the sites that already exist.
 * Pure: the caller loads the existing sites once (`loadKnownSites`) and passes them in, so 500
 * CSV rows are checked without 500 round trips.
 */
import { SITE_LEVELS } from '../../../cms/src/contracts/portal'
import { SLUG_PATTERN, slugify } from '../../../cms/src/lib/text'

export type SiteLevel = (typeof SITE_LEVELS)[number]

/** What central IT gives to create a portal. */
export type SiteRequest = {
  name: string
  /** English name; the Vietnamese name is used in the English pages when it is missing. */
  nameEn: string | null
  slug: string
  domains: string[]
  level: SiteLevel
  /** Slug of the parent site (an existing site or an earlier row of the same batch). */
  parent: string | null
  theme: string
  unitCode: string | null
  /** First site admin, invited by email. */
  adminEmail: string | null
}

export type RequestField = Exclude<keyof SiteRequest, 'domains'> | 'domain'

export type FieldProblem = { field: RequestField; message: string }

/** A site already in the database, as far as validation needs it. */
export type KnownSite = {
  id: number | string
  slug: string
  name: string
  domains: string[]
  level: SiteLevel
  status: 'active' | 'archived'
  unitCode: string | null
  parent: number | string | null
}

export type ValidationContext = {
  sites: KnownSite[]
  /** Values of the Sites `theme` select. */
  themes: string[]
  /** Host suffix of `<slug>.<suffix>` portal addresses (PORTAL_HOST_SUFFIX). */
  hostSuffix: string
  /** Host names of the CMS itself (PLATFORM_HOSTS). */
  platformHosts: string[]
}

export type ValidatedRow = {
  /** 1-based line of the CSV file (the header is line 1), or 1 for a single request. */
  line: number
  request: SiteRequest | null
  problems: FieldProblem[]
  /** Acceptable but worth a look (e.g. a domain outside .gov.vn). */
  warnings: FieldProblem[]
  /** The existing site this row updates (CSV re-runs), if any. */
  existing: KnownSite | null
}

/** Which levels a site of each level may sit under (after 01/07/2025: no district level). */
export const PARENT_LEVELS: Record<SiteLevel, readonly SiteLevel[]> = {
  // Ministries and provinces are the top of their trees.
  'trung-uong': [],
  tinh: [],
  // Communes, wards and special zones belong directly to their province.
  xa: ['tinh'],
  // Departments under a province or a ministry; agencies under those (chi cục under a sở).
  'truc-thuoc': ['trung-uong', 'tinh', 'truc-thuoc'],
}

/** The 34 province codes of Quyết định 19/2025/QĐ-TTg (domain reference §5.2). */
export const PROVINCE_CODES = [
  '01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38', '40',
  '42', '44', '46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91', '92', '96',
] as const

const LEVEL_NAMES: Record<SiteLevel, { vi: string; en: string }> = {
  'trung-uong': { vi: 'trung ương', en: 'central' },
  tinh: { vi: 'tỉnh', en: 'province' },
  xa: { vi: 'xã', en: 'commune' },
  'truc-thuoc': { vi: 'đơn vị trực thuộc', en: 'subordinate unit' },
}
const levelList = (levels: readonly SiteLevel[], lang: 'vi' | 'en') => levels.map((l) => LEVEL_NAMES[l][lang]).join(lang === 'vi' ? ' hoặc ' : ' or ')

/** A slug to suggest for a name: without the generic "Trang/Cổng thông tin điện tử" prefix. */
export function suggestSlug(name: string): string {
  const short = name.normalize('NFC').replace(/^\s*(trang|cổng)\s+thông\s+tin\s+(điện\s+tử\s+)?/iu, '')
  return slugify(short || name, 63)
}

/**
 * Site slugs the platform keeps for itself: `<slug>.<suffix>` must not look like the CMS's own
 * host names, and `dist/sites/<slug>` must not collide with its bookkeeping.
 */
export const RESERVED_SITE_SLUGS = ['www', 'admin', 'api', 'cms', 'static', 'media', 'assets', 'mail', 'localhost'] as const

/** A host name: lowercase labels of letters, digits and hyphens, at least one dot, alphabetic TLD. */
const HOSTNAME = /^(?=.{1,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const clean = (value: unknown): string => (typeof value === 'string' ? value.normalize('NFC').trim().replace(/\s+/g, ' ') : '')

/** Split a domain cell or flag: several domains may be separated by spaces, commas or semicolons. */
export function splitDomains(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.flatMap((v) => clean(v).toLowerCase().split(/[\s,;]+/)).filter(Boolean)
}

export function loadThemes(fields: readonly unknown[]): string[] {
  const theme = fields.find((f) => (f as { name?: string }).name === 'theme') as { options?: Array<string | { value: string }> } | undefined
  const values = (theme?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
  return values.length ? values : ['default']
}

/** Problems with one domain name, independent of other sites. */
export function domainProblem(domain: string, ctx: Pick<ValidationContext, 'hostSuffix' | 'platformHosts'>): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(domain) || domain.includes('/')) {
    return `"${domain}": chỉ ghi tên miền, không kèm http:// hay đường dẫn. / Give the host name only, without http:// or a path.`
  }
  if (domain.includes(':')) return `"${domain}": không ghi cổng (port). / Do not include a port.`
  if (/[^\x00-\x7f]/.test(domain)) {
    return `"${domain}": tên miền có dấu phải ghi ở dạng punycode (xn--…). / Write internationalised domains in punycode (xn--…).`
  }
  if (!HOSTNAME.test(domain)) return `"${domain}" không phải tên miền hợp lệ. / "${domain}" is not a valid domain name.`
  const suffix = ctx.hostSuffix.toLowerCase()
  if (domain === suffix || domain.endsWith(`.${suffix}`)) {
    return `"${domain}": mọi cổng đã có sẵn địa chỉ <slug>.${suffix}. / Every portal already answers at <slug>.${suffix}.`
  }
  if (ctx.platformHosts.map((h) => h.toLowerCase()).includes(domain)) {
    return `"${domain}" là tên miền của hệ thống quản trị. / "${domain}" is the CMS's own host name.`
  }
  return null
}

type Pending = { slug: string; level: SiteLevel | null; line: number; valid: boolean; status: 'active' | 'archived' }

/**
 * Validate rows in order. Later rows may name earlier rows as parents; a duplicate slug, domain
 * or unit code within the batch is an error on the later row. With `allowExisting` (CSV re-runs)
 * a row whose slug already exists updates that site instead of being refused.
 */
export function validateRows(
  rows: Array<{ line: number; values: Record<string, unknown> }>,
  ctx: ValidationContext,
  { allowExisting = false }: { allowExisting?: boolean } = {},
): ValidatedRow[] {
  const bySlug = new Map(ctx.sites.map((s) => [s.slug, s]))
  const byId = new Map(ctx.sites.map((s) => [String(s.id), s]))
  const domainOwner = new Map<string, string>()
  for (const s of ctx.sites) for (const d of s.domains) domainOwner.set(d.toLowerCase(), s.slug)
  const codeOwner = new Map<string, string>()
  for (const s of ctx.sites) if (s.unitCode && s.status === 'active') codeOwner.set(s.unitCode, s.slug)
  const pending = new Map<string, Pending>()

  return rows.map(({ line, values }) => {
    const problems: FieldProblem[] = []
    const warnings: FieldProblem[] = []
    const fail = (field: RequestField, message: string) => problems.push({ field, message })

    const name = clean(values.name)
    if (name.length < 3) fail('name', 'Cần tên cổng (ít nhất 3 ký tự). / The portal name is required (3+ characters).')
    else if (name.length > 200) fail('name', 'Tên cổng dài quá 200 ký tự. / The name is longer than 200 characters.')
    else if (!/\p{L}/u.test(name)) fail('name', 'Tên cổng phải có chữ. / The name must contain letters.')
    const sameName = name ? (ctx.sites.find((s) => s.status === 'active' && s.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi') && s.slug !== clean(values.slug).toLowerCase()) ?? null) : null
    if (sameName) warnings.push({ field: 'name', message: `Đã có trang cùng tên "${sameName.name}" (${sameName.slug}). / Another site has the same name.` })
    const nameEn = clean(values.nameEn) || null
    if (nameEn && nameEn.length > 200) fail('nameEn', 'Tên tiếng Anh dài quá 200 ký tự. / The English name is longer than 200 characters.')

    const slug = clean(values.slug).toLowerCase()
    let existing: KnownSite | null = null
    if (slug === '') {
      fail('slug', `Cần đường dẫn (slug), ví dụ "${suggestSlug(name) || 'xa-thach-ha'}". / The slug is required.`)
    } else if (!SLUG_PATTERN.test(slug)) {
      fail('slug', `"${slug}": chỉ gồm chữ thường không dấu, số và gạch ngang (ví dụ xa-thach-ha). / Use lowercase ASCII letters, digits and single hyphens.`)
    } else if (slug.length > 63) {
      fail('slug', `"${slug}" dài quá 63 ký tự (giới hạn của tên miền <slug>.${ctx.hostSuffix}). / A slug has at most 63 characters (a DNS label).`)
    } else if ((RESERVED_SITE_SLUGS as readonly string[]).includes(slug)) {
      fail('slug', `"${slug}" được hệ thống giữ lại. / "${slug}" is reserved by the platform.`)
    } else if (pending.has(slug)) {
      fail('slug', `"${slug}" trùng với dòng ${pending.get(slug)!.line}. / Duplicate of line ${pending.get(slug)!.line}.`)
    } else if (bySlug.has(slug)) {
      const site = bySlug.get(slug)!
      if (!allowExisting) fail('slug', `Đã có trang "${site.name}" với đường dẫn "${slug}". / A site with the slug "${slug}" already exists.`)
      else if (site.status === 'archived') fail('slug', `Trang "${slug}" đã lưu trữ, không cập nhật được. / "${slug}" is archived and cannot be updated.`)
      else existing = site
    }

    const domains = splitDomains(values.domains ?? values.domain)
    if (domains.length === 0) fail('domain', 'Cần ít nhất một tên miền, ví dụ thachha.hatinh.gov.vn. / At least one domain is required.')
    const seenHere = new Set<string>()
    for (const domain of domains) {
      const problem = domainProblem(domain, ctx)
      if (problem) {
        fail('domain', problem)
        continue
      }
      if (seenHere.has(domain)) fail('domain', `"${domain}" ghi hai lần. / "${domain}" is listed twice.`)
      seenHere.add(domain)
      const owner = domainOwner.get(domain)
      if (owner && !(existing && owner === existing.slug)) {
        const row = pending.get(owner)
        fail('domain', row ? `"${domain}" trùng với dòng ${row.line}. / "${domain}" is already on line ${row.line}.` : `"${domain}" đã thuộc trang "${owner}". / "${domain}" belongs to the site "${owner}".`)
      } else if (!domain.endsWith('.gov.vn')) {
        warnings.push({ field: 'domain', message: `"${domain}" không thuộc .gov.vn (cổng của cơ quan nhà nước dùng tên miền .gov.vn). / "${domain}" is not under .gov.vn.` })
      }
    }

    const levelRaw = clean(values.level).toLowerCase()
    const level = (SITE_LEVELS as readonly string[]).includes(levelRaw) ? (levelRaw as SiteLevel) : null
    if (!level) fail('level', `Cấp "${levelRaw}" không hợp lệ; chọn một trong: ${SITE_LEVELS.join(', ')}. / Level must be one of ${SITE_LEVELS.join(', ')}.`)

    const parentSlug = clean(values.parent).toLowerCase() || null
    if (level) {
      const allowed = PARENT_LEVELS[level]
      if (allowed.length === 0 && parentSlug) {
        fail('parent', `Cấp ${LEVEL_NAMES[level].vi} không có đơn vị cấp trên; bỏ trống "parent". / A ${LEVEL_NAMES[level].en} site has no parent.`)
      } else if (allowed.length > 0 && !parentSlug) {
        fail('parent', `Cấp ${LEVEL_NAMES[level].vi} cần đơn vị cấp trên (${levelList(allowed, 'vi')}). / A ${LEVEL_NAMES[level].en} site needs a parent (${levelList(allowed, 'en')}).`)
      } else if (parentSlug) {
        const known = bySlug.get(parentSlug)
        const row = pending.get(parentSlug)
        const parentLevel = row ? row.level : known?.level
        if (parentSlug === slug) fail('parent', 'Một trang không thể là cấp trên của chính nó. / A site cannot be its own parent.')
        else if (!known && !row) fail('parent', `Không có trang "${parentSlug}" (cũng không có ở các dòng trước). / Unknown parent "${parentSlug}".`)
        else if (row && !row.valid) fail('parent', `Đơn vị cấp trên "${parentSlug}" ở dòng ${row.line} có lỗi. / The parent on line ${row.line} is invalid.`)
        else if ((row?.status ?? known?.status) === 'archived') fail('parent', `Trang "${parentSlug}" đã lưu trữ (sáp nhập/ngừng hoạt động). / "${parentSlug}" is archived.`)
        else if (parentLevel && !allowed.includes(parentLevel)) {
          fail('parent', `Cấp ${LEVEL_NAMES[level].vi} không thể trực thuộc "${parentSlug}" (cấp ${LEVEL_NAMES[parentLevel].vi}); cần cấp ${levelList(allowed, 'vi')}. / A ${LEVEL_NAMES[level].en} site cannot sit under a ${LEVEL_NAMES[parentLevel].en} site (needs ${levelList(allowed, 'en')}).`)
        } else if (existing && known && isBelow(known, existing, byId)) {
          fail('parent', `"${parentSlug}" đang là đơn vị cấp dưới của "${slug}". / "${parentSlug}" is below "${slug}": that would make a loop.`)
        }
      }
    }

    const themeRaw = clean(values.theme).toLowerCase()
    const theme = themeRaw || (ctx.themes.includes('default') ? 'default' : (ctx.themes[0] ?? 'default'))
    if (!ctx.themes.includes(theme)) fail('theme', `Không có giao diện "${themeRaw}"; chọn: ${ctx.themes.join(', ')}. / Unknown theme; choose ${ctx.themes.join(', ')}.`)

    const unitCode = clean(values.unitCode) || null
    if (unitCode && level) {
      if (level === 'tinh' && !/^\d{2}$/.test(unitCode)) fail('unitCode', `Mã tỉnh gồm 2 chữ số (QĐ 19/2025/QĐ-TTg), nhận "${unitCode}". / A province code has 2 digits.`)
      else if (level === 'tinh' && !(PROVINCE_CODES as readonly string[]).includes(unitCode)) {
        fail('unitCode', `"${unitCode}" không thuộc 34 mã tỉnh theo QĐ 19/2025/QĐ-TTg. / "${unitCode}" is not one of the 34 province codes.`)
      } else if (level === 'xa' && !/^\d{5}$/.test(unitCode)) fail('unitCode', `Mã xã gồm 5 chữ số (QĐ 19/2025/QĐ-TTg), nhận "${unitCode}". / A commune code has 5 digits.`)
      else if (level === 'trung-uong' || level === 'truc-thuoc') {
        fail('unitCode', 'Chỉ tỉnh và xã có mã đơn vị hành chính; bỏ trống mã. / Only provinces and communes have official unit codes.')
      } else {
        const owner = codeOwner.get(unitCode)
        if (owner && !(existing && owner === existing.slug)) {
          const row = pending.get(owner)
          fail('unitCode', row ? `Mã ${unitCode} trùng với dòng ${row.line}. / Code ${unitCode} is already on line ${row.line}.` : `Mã ${unitCode} đã thuộc trang "${owner}". / Code ${unitCode} belongs to "${owner}".`)
        }
      }
    }

    const adminEmail = clean(values.adminEmail).toLowerCase() || null
    if (adminEmail && (!EMAIL.test(adminEmail) || adminEmail.length > 254)) {
      fail('adminEmail', `"${adminEmail}" không phải địa chỉ thư điện tử hợp lệ. / Not a valid email address.`)
    }

    const valid = problems.length === 0
    if (slug && SLUG_PATTERN.test(slug) && !pending.has(slug)) {
      pending.set(slug, { slug, level, line, valid, status: 'active' })
      if (valid) {
        for (const d of domains) domainOwner.set(d, slug)
        if (unitCode) codeOwner.set(unitCode, slug)
      }
    }
    return {
      line,
      problems,
      warnings,
      existing,
      request: valid ? { name, nameEn, slug, domains, level: level!, parent: parentSlug, theme, unitCode, adminEmail } : null,
    }
  })
}

/** Whether `candidate` sits somewhere below `site` (so it cannot become its parent). */
function isBelow(candidate: KnownSite, site: KnownSite, byId: Map<string, KnownSite>): boolean {
  const seen = new Set<string>()
  for (let p = candidate; p.parent !== null && !seen.has(String(p.id)); ) {
    seen.add(String(p.id))
    if (String(p.parent) === String(site.id)) return true
    const next = byId.get(String(p.parent))
    if (!next) return false
    p = next
  }
  return String(candidate.id) === String(site.id)
}
