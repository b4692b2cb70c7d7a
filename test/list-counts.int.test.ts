/**
 * Issue 13, ADR 0027: the counts behind the admin's lists read an index, not the table. Every
 * list answers `totalDocs`; with Payload's trash (`deleted_at IS NULL`) and the site-scoped read
 * rule (`_status = 'published' OR site IN (…)`) each count used to read the rows of the portal, or
 * of the whole platform without a site filter (`npm run bench:admin`: ~30 ms at 5,000 news, ~0.5 s
 * at 100,000). Here an editor's and a platform admin's lists run through the Local API with access
 * control, as the REST API and the admin run them; the count statements they send are explained:
 * on SQLite each must be answered from a covering index, on PostgreSQL by an index-only scan
 * (statistics and visibility map as autovacuum leaves them).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toLexical } from '../cms/src/lib/lexical'
import { makeDataDir, TEST_DB, useTestDatabase } from './helpers/server'

type Statement = { sql: string; args: unknown[]; rows: number }

let payload: Payload
let dataDir: string
const opts = { overrideAccess: true, depth: 0, context: { skipBuild: true, skipSearchSync: true } } as const
const ids: Record<string, number> = {}
type User = Record<string, unknown> & { id: number }
let editor: User
let admin: User

async function explain(statement: Statement): Promise<string[]> {
  if (payload.db.name === 'sqlite') {
    const client = (payload.db as unknown as { client: { execute: (s: { sql: string; args: unknown[] }) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client
    return (await client.execute({ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.args })).rows.map((r) => String(r.detail))
  }
  const pool = (payload.db as unknown as { pool: { connect: () => Promise<{ query: (text: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, string>> }>; release: () => void }> } }).pool
  const client = await pool.connect()
  try {
    // Small tables: told to avoid sequential scans, the planner shows which index it would use.
    await client.query('SET enable_seqscan = off')
    return (await client.query(`EXPLAIN ${statement.sql}`, statement.args)).rows.map((r) => String(r['QUERY PLAN']).trim())
  } finally {
    await client.query('RESET enable_seqscan').catch(() => undefined)
    client.release()
  }
}

/** The count statements one list sends, each with its plan. */
async function countsOf(list: () => Promise<unknown>): Promise<{ sql: string; plan: string[] }[]> {
  const { withQueryStats } = await import('../cms/src/db/queryStats')
  const { stats } = await withQueryStats(list, { keep: true })
  const counts = stats.statements!.filter((s) => /^\s*select count/i.test(s.sql))
  return Promise.all(counts.map(async (s) => ({ sql: s.sql, plan: await explain(s) })))
}

const readsIndexOnly = (plan: string[]) =>
  TEST_DB === 'sqlite' ? plan.some((l) => /USING COVERING INDEX /.test(l)) && !plan.some((l) => /^SCAN /.test(l) && !/USING COVERING INDEX/.test(l)) : plan.some((l) => /Index Only Scan using /.test(l)) && !plan.some((l) => /Seq Scan/.test(l))

beforeAll(async () => {
  dataDir = makeDataDir()
  process.env.SITES_DIR = path.join(dataDir, 'sites')
  process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
  useTestDatabase(dataDir)
  const { initPayload } = await import('../cms/src/boot')
  payload = await initPayload()
  const { instrumentQueries } = await import('../cms/src/db/queryStats')
  expect(instrumentQueries(payload)).toBe(true)

  for (const [key, name, slug] of [
    ['big', 'UBND tỉnh Hà Tĩnh', 'ha-tinh'],
    ['small', 'UBND xã Thạch Hà', 'thach-ha'],
    ['other', 'UBND tỉnh Nghệ An', 'nghe-an'],
  ] as const) {
    const doc = await payload.create({ collection: 'sites', data: { name, slug, level: 'tinh', theme: 'default', status: 'active', domains: [`${slug}.gov.vn`] } as never, ...opts })
    ids[key] = doc.id as number
  }
  let n = 0
  for (const [key, count] of [['big', 120], ['small', 10], ['other', 60]] as const) {
    for (let i = 0; i < count; i++) {
      n++
      await payload.create({
        collection: 'news',
        draft: false,
        data: { title: `Tin số ${n}`, slug: `tin-so-${n}`, summary: 'Tóm tắt', content: toLexical(['Nội dung tin.']), site: ids[key], publishedAt: new Date(Date.UTC(2026, 0, 1 + (n % 300))).toISOString(), _status: i % 10 === 0 ? 'draft' : 'published' } as never,
        ...opts,
      })
    }
  }
  const password = 'Do-thoi-gian-2026!'
  editor = (await payload.create({ collection: 'users', data: { email: 'bientap.hatinh@cong.gov.vn', name: 'Biên tập Hà Tĩnh', password, memberships: [{ site: ids.big, role: 'editor' }] } as never, ...opts })) as unknown as User
  admin = (await payload.create({ collection: 'users', data: { email: 'quantri@cong.gov.vn', name: 'Quản trị', password, platformAdmin: true } as never, ...opts })) as unknown as User
  // Statistics as the server leaves them at start (ANALYZE) and autovacuum as tables grow.
  if (payload.db.name === 'sqlite') await (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute('ANALYZE')
  else await (payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool.query('VACUUM ANALYZE')
}, 240_000)

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe(`the counts behind the admin's lists read an index only (${TEST_DB})`, () => {
  const find = (who: () => User, where: (() => Where) | undefined, draft: boolean) => () =>
    payload.find({ collection: 'news', user: { ...who(), collection: 'users' } as never, overrideAccess: false, depth: 0, limit: 10, sort: '-publishedAt', draft, ...(where ? { where: where() } : {}) })
  const cases: [string, () => Promise<unknown>][] = [
    ["an editor's list of their portal (REST, site filter)", find(() => editor, () => ({ site: { equals: ids.big } }), false)],
    ["an editor's admin list view (latest versions, the list's site filter)", find(() => editor, () => ({ site: { in: [ids.big] } }), true)],
    ['an editor without a site filter (the read rule alone)', find(() => editor, undefined, false)],
    ["a platform admin's admin list view of every portal", find(() => admin, undefined, true)],
    ["a platform admin's list of every portal", find(() => admin, undefined, false)],
  ]
  for (const [name, list] of cases) {
    it(name, async () => {
      const counts = await countsOf(list)
      expect(counts.length, 'the list counts its documents').toBeGreaterThan(0)
      for (const count of counts) expect(readsIndexOnly(count.plan), `${count.sql}\n${count.plan.join('\n')}`).toBe(true)
    })
  }

  it('the lists still count what each reader may see', async () => {
    // 120 + 10 + 60 news, every tenth a draft: the editor sees every published item and their own drafts.
    expect((await find(() => editor, () => ({ site: { equals: ids.big } }), false)()).totalDocs).toBe(120)
    expect((await find(() => editor, undefined, false)()).totalDocs).toBe(120 + 9 + 54)
    expect((await find(() => admin, undefined, true)()).totalDocs).toBe(190)
  })
})

/**
 * Issue 17: what a platform admin opens every day reads no more of the content than it shows, so
 * it answers as fast with 4,000 portals as with 40 (`npm run bench:scale`). "Việc của tôi" looks
 * for what waits for review on every portal; the compliance report takes the newest document of
 * each portal and the few shared ones. Every statement they send that touches the news is
 * explained: on SQLite none may walk the news table or one of its indexes from end to end (`SCAN`
 * of the table, or a skip-scan `ANY(…)` over every portal; its correlated subqueries of one
 * document's rows are fine); on PostgreSQL none may scan the table (`enable_seqscan = off`, so a
 * plan that cannot use an index shows as a sequential scan whatever the table's size).
 */
describe(`a platform admin's "Việc của tôi" and the compliance report do not walk the content (${TEST_DB})`, () => {
  const walks = (plan: string[]) =>
    TEST_DB === 'sqlite' ? plan.filter((l) => /^SCAN (news|_news_v|n|doc)\b/.test(l) || /\bANY\(/.test(l)) : plan.filter((l) => /Seq Scan on "?_?news\b/.test(l))
  /** What `work` answered, and the statements it sent that touch the news, each with its plan. */
  const newsStatements = async <T>(work: () => Promise<T>) => {
    const { withQueryStats } = await import('../cms/src/db/queryStats')
    const { result, stats } = await withQueryStats(work, { keep: true })
    const touching = stats.statements!.filter((s) => /\b"?_?news(_v)?"?\s/.test(s.sql))
    return { result, statements: await Promise.all(touching.map(async (s) => ({ sql: s.sql, plan: await explain(s) }))) }
  }

  it('"Việc của tôi" of a platform admin: the submitted items of every portal through the workflow index', async () => {
    const { myWork } = await import('../plugins/workflow/myWork')
    const { statements } = await newsStatements(() => myWork(payload, { ...admin, collection: 'users' } as never))
    expect(statements.length, 'it reads the news').toBeGreaterThan(0)
    for (const s of statements) expect(walks(s.plan), `${s.sql}\n${s.plan.join('\n')}`).toEqual([])
  })

  // Two communes under Hà Tĩnh; the province shares one article with every portal below it,
  // Nghệ An one with the first commune only, and an unshared one stays on Nghệ An.
  beforeAll(async () => {
    const commune = async (slug: string) => (await payload.create({ collection: 'sites', data: { name: `UBND xã ${slug}`, slug, level: 'xa', parent: ids.big, theme: 'default', status: 'active', domains: [`${slug}.gov.vn`] } as never, ...opts })).id as number
    const [a] = [await commune('xa-hop-a'), await commune('xa-hop-b')]
    const news = (data: Record<string, unknown>) => payload.create({ collection: 'news', draft: false, data: { summary: 'Tóm tắt', content: toLexical(['Nội dung.']), publishedAt: new Date().toISOString(), _status: 'published', ...data } as never, ...opts })
    await news({ title: 'Tỉnh chia sẻ xuống mọi cấp', slug: 'tinh-chia-se-xuong', site: ids.big, shareWithSubordinates: true })
    await news({ title: 'Nghệ An chia sẻ với xã A', slug: 'nghe-an-chia-se-xa-a', site: ids.other, sharedWith: [a] })
    await news({ title: 'Nghệ An không chia sẻ', slug: 'nghe-an-khong-chia-se', site: ids.other })
  }, 60_000)

  it("a merger's plan finds the documents other portals share with the merged one, by id", async () => {
    const { planMerge } = await import('../plugins/lifecycle/merge')
    const { result: plan, statements } = await newsStatements(() => planMerge(payload, 'xa-hop-a', 'xa-hop-b'))
    if ('problems' in plan) throw new Error(plan.problems.join('; '))
    const redirects = Object.fromEntries([...plan.redirects].filter(([from]) => from.startsWith('/tin-tuc/')))
    expect(redirects['/tin-tuc/tinh-chia-se-xuong/']).toMatch(/ha-tinh.*\/tin-tuc\/tinh-chia-se-xuong\/$/)
    expect(redirects['/tin-tuc/nghe-an-chia-se-xa-a/']).toMatch(/nghe-an.*\/tin-tuc\/nghe-an-chia-se-xa-a\/$/)
    expect(redirects['/tin-tuc/nghe-an-khong-chia-se/']).toBeUndefined()
    // None of the plan's statements on the news walks the platform's news.
    expect(statements.length, 'it reads the news').toBeGreaterThan(0)
    for (const s of statements) expect(walks(s.plan), `${s.sql}\n${s.plan.join('\n')}`).toEqual([])
  })

  it('the compliance report: the newest news of each portal and the shared ones, each through an index', async () => {
    const { complianceReport } = await import('../plugins/compliance/report')
    const { result: report, statements } = await newsStatements(() => complianceReport(payload, { now: new Date() }))
    expect(statements.length, 'it reads the news').toBeGreaterThan(0)
    for (const s of statements) expect(walks(s.plan), `${s.sql}\n${s.plan.join('\n')}`).toEqual([])
    const row = (slug: string) => report.rows.find((r) => r.slug === slug)!
    expect(report.rows.map((r) => r.slug).sort()).toEqual(['ha-tinh', 'nghe-an', 'thach-ha', 'xa-hop-a', 'xa-hop-b'])
    for (const slug of ['ha-tinh', 'nghe-an', 'thach-ha']) expect(row(slug).lastPublishedAt, slug).not.toBeNull()
    // The communes publish nothing of their own; what is shared with them keeps their news section up.
    const news = (slug: string) => row(slug).sections.find((x) => x.key === 'tin-tuc')!
    expect(row('xa-hop-a').lastPublishedAt).toBeNull()
    expect(news('xa-hop-a')).toMatchObject({ present: true, stale: false })
    expect(news('xa-hop-b')).toMatchObject({ present: true, stale: false })
  })
})
