/**
 * The synthetic platform the benchmarks measure: realistic Vietnamese site names (the 34
 * provincial units after 01/07/2025, their departments and communes) and news texts, generated
 * deterministically, plus fast ways to load them (sites through the Local API, news as bulk rows
 * shaped exactly like a row the Local API wrote).
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { SITE_LEVELS } from '../../cms/src/contracts/portal'
import { slugify } from '../../cms/src/lib/text'
import { toLexical } from '../../seed/lexical'

type Level = (typeof SITE_LEVELS)[number]
export type Id = number

// ─── deterministic "random" ──────────────────────────────────────────────────────────────────────
let seed = 20_261_124
export function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
export const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!

// ─── the sites: names of the 34 provincial units after 01/07/2025 ───────────────────────────────
export const PROVINCES: { name: string; city: boolean; code: string }[] = [
  { name: 'Hà Nội', city: true, code: '01' },
  { name: 'Cao Bằng', city: false, code: '04' },
  { name: 'Tuyên Quang', city: false, code: '08' },
  { name: 'Điện Biên', city: false, code: '11' },
  { name: 'Lai Châu', city: false, code: '12' },
  { name: 'Sơn La', city: false, code: '14' },
  { name: 'Lào Cai', city: false, code: '15' },
  { name: 'Thái Nguyên', city: false, code: '19' },
  { name: 'Lạng Sơn', city: false, code: '20' },
  { name: 'Quảng Ninh', city: false, code: '22' },
  { name: 'Bắc Ninh', city: false, code: '24' },
  { name: 'Phú Thọ', city: false, code: '25' },
  { name: 'Hải Phòng', city: true, code: '31' },
  { name: 'Hưng Yên', city: false, code: '33' },
  { name: 'Ninh Bình', city: false, code: '37' },
  { name: 'Thanh Hóa', city: false, code: '38' },
  { name: 'Nghệ An', city: false, code: '40' },
  { name: 'Hà Tĩnh', city: false, code: '42' },
  { name: 'Quảng Trị', city: false, code: '44' },
  { name: 'Huế', city: true, code: '46' },
  { name: 'Đà Nẵng', city: true, code: '48' },
  { name: 'Quảng Ngãi', city: false, code: '51' },
  { name: 'Gia Lai', city: false, code: '52' },
  { name: 'Khánh Hòa', city: false, code: '56' },
  { name: 'Đắk Lắk', city: false, code: '66' },
  { name: 'Lâm Đồng', city: false, code: '68' },
  { name: 'Đồng Nai', city: false, code: '75' },
  { name: 'Hồ Chí Minh', city: true, code: '79' },
  { name: 'Tây Ninh', city: false, code: '80' },
  { name: 'Đồng Tháp', city: false, code: '82' },
  { name: 'Vĩnh Long', city: false, code: '86' },
  { name: 'An Giang', city: false, code: '91' },
  { name: 'Cần Thơ', city: true, code: '92' },
  { name: 'Cà Mau', city: false, code: '96' },
]
export const DEPARTMENTS = [
  'Sở Khoa học và Công nghệ',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Xây dựng',
  'Sở Công Thương',
]
export const MINISTRY_UNITS = [
  'Cục Chuyển đổi số quốc gia',
  'Cục Đổi mới sáng tạo',
  'Cục Sở hữu trí tuệ',
  'Cục Viễn thông',
  'Cục Tần số vô tuyến điện',
  'Cục Bưu điện Trung ương',
  'Cục An toàn bức xạ và hạt nhân',
  'Cục Thông tin, Thống kê',
  'Vụ Khoa học Kỹ thuật và Công nghệ',
  'Viện Chiến lược, Chính sách khoa học và công nghệ',
]
export const COMMUNE_A = ['Tân', 'Phú', 'An', 'Hòa', 'Bình', 'Thạch', 'Cẩm', 'Kỳ', 'Xuân', 'Đông', 'Hưng', 'Vĩnh', 'Quang', 'Thanh', 'Hà', 'Long', 'Minh', 'Đức', 'Phước', 'Sơn']
export const COMMUNE_B = ['Lạc', 'Hà', 'Phú', 'Thịnh', 'Lợi', 'Hòa', 'Sơn', 'Xuân', 'Thành', 'Lộc', 'Hưng', 'Bình', 'An', 'Tiến', 'Yên', 'Trung', 'Kinh', 'Mỹ', 'Hải', 'Thủy']
export const COLOURS = ['#9b1c1c', '#1e3a8a', '#14532d', '#7c2d12', '#4c1d95', '#0f4c5c', '#7f1d1d']
export const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thu Hà', 'Võ Thanh Hải', 'Đặng Thị Lan', 'Bùi Đức Long']

export type SiteSpec = {
  key: string
  name: string
  slug: string
  level: Level
  unitCode?: string
  parentKey?: string
  place: string
  domain: string
  agency: string
}

export function siteSpecs(total: number): SiteSpec[] {
  const specs: SiteSpec[] = []
  const slugs = new Set<string>()
  const unique = (base: string) => {
    let slug = base
    for (let i = 2; slugs.has(slug); i++) slug = `${base}-${i}`
    slugs.add(slug)
    return slug
  }
  const compact = (slug: string) => slug.replace(/-/g, '')
  specs.push({
    key: 'bo',
    name: 'Bộ Khoa học và Công nghệ',
    slug: unique('bo-khcn'),
    level: 'trung-uong',
    place: 'cả nước',
    domain: 'most.gov.vn',
    agency: 'Bộ Khoa học và Công nghệ',
  })
  const provinces = PROVINCES.map((p) => {
    const full = p.city ? `Thành phố ${p.name}` : `tỉnh ${p.name}`
    const slug = unique(slugify(p.name))
    const spec: SiteSpec = {
      key: `p-${p.code}`,
      name: `Cổng thông tin điện tử ${full}`,
      slug,
      level: 'tinh',
      unitCode: p.code,
      place: full,
      domain: `${compact(slug)}.gov.vn`,
      agency: `Ủy ban nhân dân ${full}`,
    }
    specs.push(spec)
    return spec
  })
  for (const unit of MINISTRY_UNITS) {
    if (specs.length >= total) break
    const slug = unique(slugify(unit))
    specs.push({ key: slug, name: unit, slug, level: 'truc-thuoc', parentKey: 'bo', place: 'cả nước', domain: `${compact(slug).slice(0, 40)}.most.gov.vn`, agency: unit })
  }
  // The rest: 8 departments per province, then communes, round-robin over provinces.
  const rest = total - specs.length
  const departments = Math.min(rest, provinces.length * 8)
  for (let i = 0; i < departments; i++) {
    const p = provinces[i % provinces.length]!
    const dept = DEPARTMENTS[Math.floor(i / provinces.length) % DEPARTMENTS.length]!
    const slug = unique(`${slugify(dept).replace(/^so-/, 'so-')}-${p.slug}`)
    specs.push({
      key: slug,
      name: `${dept} ${p.place}`,
      slug,
      level: 'truc-thuoc',
      parentKey: p.key,
      place: p.place,
      domain: `${compact(slugify(dept))}.${p.domain}`,
      agency: `${dept} ${p.place}`,
    })
  }
  let communeCode = 10_000
  for (let i = 0; specs.length < total; i++) {
    const p = provinces[i % provinces.length]!
    const ward = rand() < 0.15
    const base = `${pick(COMMUNE_A)} ${pick(COMMUNE_B)}`
    const unit = `${ward ? 'Phường' : 'Xã'} ${base}`
    const slug = unique(`${slugify(unit)}-${p.slug}`)
    communeCode += 7 + Math.floor(rand() * 20)
    specs.push({
      key: slug,
      name: `Trang thông tin điện tử ${unit.toLowerCase().startsWith('xã') ? 'xã' : 'phường'} ${base}, ${p.place}`,
      slug,
      level: 'xa',
      unitCode: String(communeCode),
      parentKey: p.key,
      place: `${ward ? 'phường' : 'xã'} ${base}`,
      domain: `${compact(slug)}.gov.vn`,
      agency: `Ủy ban nhân dân ${ward ? 'phường' : 'xã'} ${base}`,
    })
  }
  return specs
}

// ─── news text ───────────────────────────────────────────────────────────────────────────────────
export const TOPICS = [
  'chuyển đổi số',
  'cải cách hành chính',
  'xây dựng nông thôn mới',
  'phòng, chống thiên tai',
  'dịch vụ công trực tuyến toàn trình',
  'Đề án 06 về dữ liệu dân cư',
  'chính quyền địa phương hai cấp',
  'bảo vệ môi trường',
  'phát triển kinh tế tư nhân',
  'bảo đảm an toàn thông tin mạng',
  'thu hút đầu tư',
  'giảm nghèo bền vững',
  'chăm sóc sức khỏe ban đầu',
  'khoa học, công nghệ và đổi mới sáng tạo',
  'quản lý đất đai',
  'an toàn giao thông',
  'phòng cháy, chữa cháy',
  'giáo dục nghề nghiệp',
  'chương trình OCOP',
  'xóa nhà tạm, nhà dột nát',
]
export const PERIODS = ['quý I', '6 tháng đầu năm', '9 tháng', 'quý IV', 'tháng 10', 'năm']
export const SOURCES = ['Văn phòng', 'Phòng Văn hóa – Xã hội', 'Trung tâm Truyền thông', 'Báo địa phương', 'Cổng thông tin điện tử Chính phủ']

export type NewsText = { title: string; summary: string; paragraphs: string[]; author: string; source: string }

export function newsText(site: SiteSpec, date: Date): NewsText {
  const topic = pick(TOPICS)
  const year = date.getUTCFullYear()
  const period = pick(PERIODS)
  const titles = [
    `${site.agency} triển khai nhiệm vụ ${topic} năm ${year}`,
    `Hội nghị sơ kết ${period} thực hiện ${topic}`,
    `Đẩy mạnh ${topic} trên địa bàn ${site.place}`,
    `Lãnh đạo ${site.agency} làm việc với các đơn vị về ${topic}`,
    `Tập huấn ${topic} cho cán bộ, công chức cấp xã`,
    `Kết quả thực hiện ${topic} ${period} ${year}`,
    `Thông báo lịch tiếp công dân tháng ${date.getUTCMonth() + 1}/${year}`,
    `${site.place[0]!.toUpperCase()}${site.place.slice(1)}: nhiều chuyển biến tích cực trong ${topic}`,
  ]
  const title = pick(titles)
  const summary = `Ngày ${date.getUTCDate()}/${date.getUTCMonth() + 1}/${year}, ${site.agency} tổ chức hội nghị đánh giá kết quả ${topic} ${period}, đồng thời đề ra nhiệm vụ, giải pháp trọng tâm cho thời gian tới.`
  const paragraphs = [
    `Tham dự hội nghị có đại diện lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các xã, phường trên địa bàn ${site.place}.`,
    `Theo báo cáo, trong ${period} ${year}, công tác ${topic} tiếp tục được quan tâm chỉ đạo; tỷ lệ hồ sơ xử lý đúng hạn đạt ${90 + Math.floor(rand() * 10)}%, nhiều mô hình hay được nhân rộng.`,
    `## Nhiệm vụ thời gian tới`,
    `- Tiếp tục rà soát, hoàn thiện quy trình nội bộ; tăng cường ứng dụng công nghệ thông tin.`,
    `- Đẩy mạnh tuyên truyền để người dân, doanh nghiệp biết và tham gia.`,
    `Phát biểu kết luận, lãnh đạo ${site.agency} đề nghị các đơn vị bám sát kế hoạch, bảo đảm hoàn thành các chỉ tiêu đã đề ra.`,
  ]
  return { title, summary, paragraphs, author: pick(PEOPLE), source: pick(SOURCES) }
}


export async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!)
    }),
  )
}

const common = { overrideAccess: true, depth: 0, context: { skipBuild: true } } as const

/**
 * Create the sites through the Local API, parents first, a few at a time. `known`: sites created
 * before (a platform grown in steps), whose keys later specs may name as parents.
 */
export async function createSites(payload: Payload, specs: SiteSpec[], theme: (spec: SiteSpec) => string = () => 'default', known: ReadonlyMap<string, Id> = new Map()): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>(known)
  const create = async (spec: SiteSpec) => {
    const doc = await payload.create({
      collection: 'sites',
      locale: 'vi',
      data: {
        name: spec.name,
        slug: spec.slug,
        domains: [spec.domain],
        level: spec.level,
        unitCode: spec.unitCode,
        parent: spec.parentKey ? ids.get(spec.parentKey) : undefined,
        theme: theme(spec),
        status: 'active',
        branding: { primaryColor: pick(COLOURS) },
        contact: { address: `Trụ sở ${spec.agency}`, phone: `0${200 + Math.floor(rand() * 99)} 385 ${1000 + Math.floor(rand() * 8999)}`, email: `vanphong@${spec.domain}` },
        imprint: { owningAgency: spec.agency, responsiblePerson: `Ông ${pick(PEOPLE)} – Trưởng Ban biên tập` },
      } as never,
      ...common,
    })
    ids.set(spec.key, doc.id as Id)
  }
  if (specs[0]?.key === 'bo') await create(specs[0])
  await pool(specs.filter((s) => s.level === 'tinh'), 4, create)
  await pool(specs.filter((s) => s.key !== 'bo' && s.level !== 'tinh'), 4, create)
  return ids
}

/**
 * Each portal's two pages (Giới thiệu, Liên hệ), published through the Local API, a few at a
 * time; returns how many. `context`: what the writes skip (the build, the search sync).
 */
export async function createPortalPages(payload: Payload, sites: { id: Id; spec: SiteSpec }[], context: Record<string, boolean> = { skipBuild: true }): Promise<number> {
  const pages = sites.flatMap((site) => [
    { site, slug: 'gioi-thieu', title: 'Giới thiệu', text: [`${site.spec.agency} là cơ quan hành chính nhà nước.`, '## Chức năng, nhiệm vụ', '- Tham mưu, giúp việc.', '- Tổ chức thực hiện.'] },
    { site, slug: 'lien-he', title: 'Liên hệ', text: [`Địa chỉ: trụ sở ${site.spec.agency}.`, `Thư điện tử: vanphong@${site.spec.domain}`] },
  ])
  await pool(pages, 4, async (p) => {
    await payload.create({
      collection: 'pages',
      locale: 'vi',
      draft: false,
      data: { title: p.title, slug: p.slug, site: p.site.id, layout: [{ blockType: 'richText', content: toLexical(p.text) }], _status: 'published' } as never,
      overrideAccess: true,
      depth: 0,
      context,
    })
  })
  return pages.length
}

export type NewsItem = { site: { id: Id; spec: SiteSpec }; at: number }

/**
 * Insert published news: the oldest item through the Local API (the template of every column),
 * the rest as bulk rows in the news and version tables. `items` must be sorted by date.
 */
export async function bulkInsertNews(payload: Payload, items: NewsItem[], log: (line: string) => void) {
  const stats: Record<string, number> = {}
  const first = items.shift()!
  const firstText = newsText(first.site.spec, new Date(first.at))
  const tTemplate = Date.now()
  const template = await payload.create({
    collection: 'news',
    draft: false,
    data: {
      title: firstText.title,
      slug: `${slugify(firstText.title, 70)}-1`,
      summary: firstText.summary,
      content: toLexical(firstText.paragraphs) as never,
      author: firstText.author,
      source: firstText.source,
      publishedAt: new Date(first.at).toISOString(),
      site: first.site.id,
      _status: 'published',
    } as never,
    ...common,
  })
  stats.local_api_create_ms = Date.now() - tTemplate

  const db = payload.db as unknown as SQLiteAdapter
  const { sql } = await import('@payloadcms/db-sqlite')
  const newsTable = db.tables.news!
  const versionsTable = db.tables._news_v!
  const [newsRow] = await db.drizzle.select().from(newsTable).where(sql`${newsTable.id} = ${template.id}`)
  const versionRows = await db.drizzle.select().from(versionsTable).where(sql`${versionsTable.parent} = ${template.id}`)
  if (!newsRow || versionRows.length !== 1) throw new Error(`template news item: expected 1 row and 1 version, got ${versionRows.length} versions`)
  const versionRow = versionRows[0]!
  const newsKeys = Object.keys(newsRow)
  const versionKeys = Object.keys(versionRow)
  for (const k of ['id', 'title', 'summary', 'content', 'author', 'source', 'publishedAt', 'slug', 'site', 'createdAt', 'updatedAt', '_status'])
    if (!newsKeys.includes(k)) throw new Error(`news table has no column "${k}" (schema changed?): ${newsKeys.join(', ')}`)
  for (const k of ['id', 'parent', 'version_title', 'version_site', 'version_publishedAt', 'latest'])
    if (!versionKeys.includes(k)) throw new Error(`_news_v table has no column "${k}" (schema changed?): ${versionKeys.join(', ')}`)
  const [{ maxVersion }] = (await db.drizzle.select({ maxVersion: sql<number>`max(${versionsTable.id})` }).from(versionsTable)) as { maxVersion: number }[]
  log(`template item #${template.id} via Local API (${stats.local_api_create_ms} ms); bulk-inserting ${items.length} more: news (${newsKeys.length} columns) + _news_v (${versionKeys.length} columns)`)

  const CHUNK = 500
  const PER_TX = 10_000
  let nextId = Number(template.id) + 1
  let nextVersion = Number(maxVersion) + 1
  const tBulk = Date.now()
  for (let offset = 0; offset < items.length; offset += PER_TX) {
    const batch = items.slice(offset, offset + PER_TX)
    const news: Record<string, unknown>[] = []
    const versions: Record<string, unknown>[] = []
    for (const item of batch) {
      const id = nextId++
      const text = newsText(item.site.spec, new Date(item.at))
      const publishedAt = new Date(item.at).toISOString()
      const createdAt = new Date(item.at - Math.floor(rand() * 6 * 3_600_000)).toISOString()
      const fields = {
        title: text.title,
        summary: text.summary,
        content: toLexical(text.paragraphs),
        author: text.author,
        source: text.source,
        publishedAt,
        slug: `${slugify(text.title, 70)}-${id}`,
        site: item.site.id,
        createdAt,
        updatedAt: publishedAt,
      }
      news.push({ ...newsRow, ...fields, id })
      const version: Record<string, unknown> = { ...versionRow, id: nextVersion++, parent: id, createdAt: publishedAt, updatedAt: publishedAt }
      for (const [k, v] of Object.entries(fields)) version[`version_${k}`] = v
      versions.push(version)
    }
    await db.drizzle.transaction(async (tx) => {
      for (let i = 0; i < news.length; i += CHUNK) await tx.insert(newsTable).values(news.slice(i, i + CHUNK))
      for (let i = 0; i < versions.length; i += CHUNK) await tx.insert(versionsTable).values(versions.slice(i, i + CHUNK))
    })
    const done = offset + batch.length
    if (done % 20_000 < PER_TX || done === items.length) {
      const s = (Date.now() - tBulk) / 1000
      log(`  ${done.toLocaleString('en')} / ${items.length.toLocaleString('en')} news (${Math.round(done / s)} docs/s)`)
    }
  }
  // PostgreSQL hands out ids from sequences: move them past the rows written with explicit ids.
  if (payload.db.name === 'postgres') {
    const pg = db.drizzle as unknown as { execute: (q: unknown) => Promise<unknown> }
    for (const table of ['news', '_news_v']) await pg.execute(sql.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`))
  }
  stats.bulk_ms = Date.now() - tBulk
  return { template, nextId, stats, db }
}
