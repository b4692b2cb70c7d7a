/**
 * Typed takedown and trash (issue 18, ADR 0022) on a real server: each kind's public outcome on
 * the portal (withdrawn banner and last place in search, 410, 301, successor banner), refusals
 * with a 4xx and nothing written, the CSV command (dry run and real run), and the trash per role
 * (staff trash and restore their own site's items, only platform admins delete for good; the
 * audit log records both; trashed items leave the portal, search, lists and "Việc của tôi").
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Reply, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
const tokens: Record<string, string> = {}
const sites: Record<string, number> = {}

type Doc = { id: number; slug: string; title: string }

const host = (slug: string) => `${slug}.localhost:${server.port}`
const portal = (p: string, slug = 'ha-tinh') => server.request(host(slug), p)
const search = (text: string, slug = 'ha-tinh') => server.request(host(slug), `/api/public/search?q=${encodeURIComponent(text)}`)

async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json().token
}

async function publishNews(title: string, summary: string, site = 'ha-tinh', who = 'editor'): Promise<Doc> {
  const res = await server.api('/api/news?depth=0', { method: 'POST', token: tokens[who], json: { title, summary, site: sites[site], _status: 'published' } })
  expect(res.status, res.body).toBe(201)
  const doc = res.json().doc as Doc
  await waitFor(async () => ((await portal(`/tin-tuc/${doc.slug}/`, site)).status === 200 ? true : undefined), 90_000, `${title} on the portal`)
  return doc
}

const takedown = (collection: string, id: number, body: Record<string, unknown>, who = 'editor') =>
  server.api(`/api/${collection}/${id}/workflow`, { method: 'POST', token: tokens[who], json: { action: 'unpublish', ...body } })

const statusOf = async (p: string, expected: number, slug = 'ha-tinh') =>
  waitFor(async () => {
    const res = await portal(p, slug)
    return res.status === expected ? res : undefined
  }, 90_000, `${p} to answer ${expected}`)

const until = (text: string, check: (titles: string[]) => boolean, what: string) =>
  waitFor(async () => {
    const res = await search(text)
    if (res.status !== 200) return undefined
    const titles = (res.json().hits as { title: string }[]).map((h) => h.title)
    return check(titles) ? titles : undefined
  }, 30_000, what)

const takedownRows = async () => (await server.api('/api/takedowns?limit=200&depth=0', { token: tokens.admin })).json().docs as Array<{ docId: string; kind: string }>
const messages = (res: Reply) => (res.json().errors as { message: string; field?: string }[]).map((e) => e.message).join(' ')

beforeAll(async () => {
  server = await startServer()
  tokens.admin = await login('admin@cong.gov.vn')
  tokens.editor = await login('bientap.hatinh@cong.gov.vn') // editor on ha-tinh, author on so-khcn-ha-tinh
  tokens.author = await login('ctv.skhcn@cong.gov.vn') // author on so-khcn-ha-tinh
  tokens.approver = await login('duyet.hatinh@cong.gov.vn')
  for (const slug of ['ha-tinh', 'so-khcn-ha-tinh', 'bo-khcn']) {
    sites[slug] = (await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`)).json().docs[0].id
  }
  await waitFor(async () => {
    const { searchIndex, buildQueue } = (await server.api('/healthz')).json()
    return searchIndex.documents > 0 && searchIndex.queued === 0 && buildQueue.queued === 0 && buildQueue.running === 0 ? true : undefined
  }, 180_000, 'the seeded content to be indexed and built')
}, 400_000)

afterAll(async () => {
  await server?.stop()
})

describe('withdrawn', () => {
  it('keeps the article readable with a dated banner giving the reason, and puts it after current matches in search', async () => {
    const old = await publishNews('Quy định Vortaleni về phí đỗ xe Vortaleni', 'Vortaleni: mức phí đỗ xe Vortaleni áp dụng trong thành phố.')
    const current = await publishNews('Thông báo mới về bến bãi', 'Mức phí mới thay cho quy định Vortaleni trước đây.')
    const before = await until('Vortaleni', (t) => t.length === 2, 'both articles in search')
    expect(before[0]).toBe(old.title)

    const res = await takedown('news', old.id, { kind: 'withdrawn', comment: 'Đã được thay thế bởi thông báo mới về bến bãi.' })
    expect(res.status, res.body).toBe(200)
    expect(res.json().takedown).toMatchObject({ kind: 'withdrawn', path: `/tin-tuc/${old.slug}/` })

    const page = await waitFor(async () => {
      const r = await portal(`/tin-tuc/${old.slug}/`)
      return r.status === 200 && r.body.includes('<div class="takedown-banner"') ? r : undefined
    }, 90_000, 'the banner on the withdrawn article')
    expect(page.body).toMatch(/<div class="takedown-banner" role="note" aria-label="Nội dung đã rút lại">/)
    expect(page.body).toMatch(/Nội dung này đã được rút lại ngày \d{2}\/\d{2}\/\d{4}/)
    expect(page.body).toContain('Lý do: Đã được thay thế bởi thông báo mới về bến bãi.')
    // Still the article itself, still listed.
    expect(page.body).toContain(old.title)
    expect((await portal('/tin-tuc/')).body).toContain(old.title)
    // The other article has no banner.
    expect((await portal(`/tin-tuc/${current.slug}/`)).body).not.toContain('<div class="takedown-banner"')

    const after = await until('Vortaleni', (t) => t.length === 2 && t[0] === current.title, 'the withdrawn article to drop in search')
    expect(after).toEqual([current.title, old.title])

    // The workflow history names the kind; the audit log has the step.
    const status = (await server.api(`/api/news/${old.id}/workflow`, { token: tokens.editor })).json()
    expect(status.takedown).toMatchObject({ kind: 'withdrawn', reason: 'Đã được thay thế bởi thông báo mới về bến bãi.' })
    expect(status.history[0].comment).toContain('Rút lại')
    const audit = (await server.api(`/api/audit-log?where[docId][equals]=${old.id}&where[collectionSlug][equals]=news&sort=-createdAt&limit=5&depth=0`, { token: tokens.admin })).json().docs
    expect(audit.some((e: { action: string; detail: { kind?: string } }) => e.action === 'workflow' && e.detail?.kind === 'withdrawn')).toBe(true)
  })
})

describe('unpublished in error', () => {
  it('answers 410 Gone with the portal page saying it was removed, and leaves search', async () => {
    const doc = await publishNews('Tin đăng nhầm Quarvinto', 'Bài Quarvinto đăng nhầm chuyên mục.')
    await until('Quarvinto', (t) => t.length === 1, 'the article in search')
    const res = await takedown('news', doc.id, { kind: 'error', comment: 'Đăng nhầm, không thuộc thẩm quyền.' })
    expect(res.status, res.body).toBe(200)
    const gone = await statusOf(`/tin-tuc/${doc.slug}/`, 410)
    expect(gone.body).toContain('Nội dung đã được gỡ bỏ')
    expect(gone.headers['x-robots-tag']).toBe('noindex')
    // Without the trailing slash too.
    expect((await portal(`/tin-tuc/${doc.slug}`)).status).toBe(410)
    expect((await portal('/tin-tuc/')).body).not.toContain(doc.title)
    await until('Quarvinto', (t) => t.length === 0, 'the article to leave search')

    // Publishing it again lifts the takedown: the page is back, without a 410.
    const back = await server.api(`/api/news/${doc.id}/workflow`, { method: 'POST', token: tokens.editor, json: { action: 'approve' } })
    expect(back.status, back.body).toBe(200)
    await statusOf(`/tin-tuc/${doc.slug}/`, 200)
    expect((await takedownRows()).some((r) => r.docId === String(doc.id))).toBe(false)
  })
})

describe('consolidated', () => {
  it('answers 301 to the chosen page of the same portal, and refuses targets that are not', async () => {
    const from = await publishNews('Lịch tiếp dân tháng 11', 'Lịch tiếp công dân tháng 11.')
    const into = await publishNews('Lịch tiếp dân cả năm', 'Lịch tiếp công dân cả năm, gộp các tháng.')
    const foreign = (await server.api(`/api/news?where[site][equals]=${sites['bo-khcn']}&where[_status][equals]=published&limit=1&depth=0`)).json().docs[0] as Doc

    const refused = [
      await takedown('news', from.id, { kind: 'consolidated', comment: 'Gộp vào lịch cả năm.' }),
      await takedown('news', from.id, { kind: 'consolidated', comment: 'Gộp vào lịch cả năm.', target: { collection: 'news', id: foreign.id } }),
      await takedown('news', from.id, { kind: 'consolidated', comment: 'Gộp vào lịch cả năm.', target: { collection: 'news', id: from.id } }),
      await takedown('news', from.id, { kind: 'consolidated', comment: 'Gộp vào lịch cả năm.', target: { collection: 'news', slug: 'khong-co-bai-nay' } }),
      await takedown('news', from.id, { kind: 'consolidated', comment: 'Gộp vào lịch cả năm.', target: { collection: 'users', id: 1 } }),
    ]
    for (const r of refused) {
      expect(r.status, r.body).toBe(400)
      expect(r.json().errors[0].field).toBe('target')
      expect(messages(r)).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ].* \/ [A-Z]/i)
    }
    expect(messages(refused[1]!)).toContain('cùng cổng')
    // Nothing was written by the refusals.
    expect((await takedownRows()).some((r) => r.docId === String(from.id))).toBe(false)
    expect((await portal(`/tin-tuc/${from.slug}/`)).status).toBe(200)

    const ok = await takedown('news', from.id, { kind: 'consolidated', comment: 'Gộp vào lịch cả năm.', target: { collection: 'news', slug: into.slug } })
    expect(ok.status, ok.body).toBe(200)
    const moved = await statusOf(`/tin-tuc/${from.slug}/`, 301)
    expect(moved.headers.location).toBe(`/tin-tuc/${into.slug}/`)
    expect((await portal(`/tin-tuc/${from.slug}/?utm=x`)).headers.location).toBe(`/tin-tuc/${into.slug}/?utm=x`)
  })
})

describe('belongs to a former unit', () => {
  it('keeps the page with a banner naming the successor portal, which must exist, be live and be another portal', async () => {
    const doc = await publishNews('Kế hoạch của phòng cũ', 'Kế hoạch do phòng văn hóa cũ ban hành.')
    for (const [successor, text] of [
      ['khong-ton-tai', 'Không có cổng'],
      ['ha-tinh', 'cổng khác'],
      [undefined, 'Cần chọn cổng kế thừa'],
    ] as const) {
      const r = await takedown('news', doc.id, { kind: 'former-unit', successor })
      expect(r.status, r.body).toBe(400)
      expect(messages(r)).toContain(text)
    }
    // A successor given for another kind is refused too, not silently ignored.
    const stray = await takedown('news', doc.id, { kind: 'withdrawn', comment: 'Lý do đủ dài.', successor: 'so-khcn-ha-tinh' })
    expect(stray.status).toBe(400)

    const ok = await takedown('news', doc.id, { kind: 'former-unit', successor: 'so-khcn-ha-tinh' })
    expect(ok.status, ok.body).toBe(200)
    const page = await waitFor(async () => {
      const r = await portal(`/tin-tuc/${doc.slug}/`)
      return r.status === 200 && r.body.includes('<div class="takedown-banner"') ? r : undefined
    }, 90_000, 'the successor banner')
    expect(page.body).toContain('aria-label="Nội dung của đơn vị cũ"')
    expect(page.body).toContain(`Thông tin hiện hành do <a href="http://so-khcn-ha-tinh.localhost:${server.port}/">`)
    expect(page.body).toMatch(/<\/a> cung cấp\./)
  })
})

describe('refusals', () => {
  it('answers 4xx with a Vietnamese and English message and writes nothing', async () => {
    const doc = await publishNews('Bài kiểm tra từ chối gỡ', 'Bài để thử các lần gỡ bị từ chối.')
    const before = (await takedownRows()).length
    const cases: Array<[Reply, number, string]> = [
      [await takedown('news', doc.id, { kind: 'xoa-bo', comment: 'Lý do đủ dài.' }), 400, 'kind'],
      [await takedown('news', doc.id, { kind: 'withdrawn' }), 400, 'reason'],
      [await takedown('news', doc.id, { kind: 'withdrawn', comment: 'ab' }), 400, 'reason'],
      [await takedown('news', doc.id, { kind: 'error', comment: 'x'.repeat(1001) }), 400, ''],
      [await takedown('news', doc.id, { kind: 'withdrawn', comment: 'Tác giả không được gỡ.' }, 'author'), 403, ''],
      [await takedown('news', 99999999, { kind: 'withdrawn', comment: 'Không có bài này.' }), 404, ''],
      [await server.api(`/api/news/${doc.id}/workflow`, { method: 'POST', token: tokens.editor, json: { action: 'unpublish', kind: 'consolidated', comment: 'abc', target: 'tin-khac' } }), 400, ''],
    ]
    for (const [res, status, field] of cases) {
      expect(res.status, res.body).toBe(status)
      expect(messages(res)).toMatch(/ \/ [A-Za-z]/)
      if (field) expect(res.json().errors.map((e: { field?: string }) => e.field)).toContain(field)
    }
    expect(messages(cases[1]![0])).toContain('người đọc sẽ thấy')
    expect((await takedownRows()).length).toBe(before)
    const still = (await server.api(`/api/news/${doc.id}?depth=0`)).json()
    expect(still._status).toBe('published')
    expect((await portal(`/tin-tuc/${doc.slug}/`)).body).not.toContain('<div class="takedown-banner"')
  })

  it('works for every collection that follows the workflow: a page unpublished in error answers 410', async () => {
    const res = await server.api('/api/pages?depth=0', { method: 'POST', token: tokens.editor, json: { title: 'Trang sẽ gỡ nhầm', site: sites['ha-tinh'], _status: 'published' } })
    expect(res.status, res.body).toBe(201)
    const page = res.json().doc as Doc
    await statusOf(`/${page.slug}/`, 200)
    expect((await takedown('pages', page.id, { kind: 'error', comment: 'Trang tạo nhầm.' })).status).toBe(200)
    await statusOf(`/${page.slug}/`, 410)
  })
})

describe('npm run site -- takedown --csv', () => {
  type Run = { code: number | null; stdout: string; stderr: string }
  const site = (args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/cli/site.ts', ...args], {
        cwd: process.cwd(),
        env: { ...process.env, NODE_ENV: 'production', ...server.env, PORT: String(server.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c))
      child.stderr.on('data', (c: Buffer) => (stderr += c))
      child.on('close', (code) => resolve({ code, stdout, stderr }))
    })

  it('prints what each row would do, refuses bad rows with their line, changes nothing; the real run applies each good row whole, with a summary', async () => {
    const a = await publishNews('Tin CSV rút lại', 'Bài sẽ rút lại bằng tệp CSV.')
    const b = await publishNews('Tin CSV đăng nhầm', 'Bài sẽ gỡ nhầm bằng tệp CSV.')
    const c = await publishNews('Tin CSV gộp', 'Bài sẽ gộp bằng tệp CSV.')
    const file = path.join(server.dataDir, 'go-bai.csv')
    fs.writeFileSync(
      file,
      [
        'site,collection,document,kind,reason,target,successor',
        `ha-tinh,news,${a.slug},withdrawn,"Hết hiệu lực, xem thông báo mới",,`,
        `ha-tinh,news,${b.slug},error,Đăng nhầm,,`,
        `ha-tinh,news,${c.slug},consolidated,Gộp bài,news:${a.slug},`,
        `ha-tinh,news,khong-co-bai-nay,error,Không có,,`,
        `ha-tinh,news,${b.slug},withdrawn,Trùng dòng,,`,
        `ha-tinh,news,${a.slug},former-unit,,,khong-ton-tai`,
        `ha-tinh,news,${c.slug},chua-ro,Loại lạ,,`,
      ].join('\n') + '\n',
    )
    const dry = await site(['takedown', '--csv', file, '--dry-run'])
    expect(dry.code, dry.stderr).toBe(2)
    expect(dry.stdout).toMatch(new RegExp(`dòng\\s+2\\s+✓ news #${a.id} .*giữ trang, hiện thông báo rút lại`))
    expect(dry.stdout).toMatch(/dòng\s+3\s+✓ .*410/)
    expect(dry.stdout).toMatch(new RegExp(`dòng\\s+4\\s+✓ .*301 tới /tin-tuc/${a.slug}/`))
    expect(dry.stderr).toMatch(/dòng\s+5\s+✗ document\s+Không tìm thấy bài/)
    expect(dry.stderr).toMatch(/dòng\s+6\s+✗ document\s+Bài này đã có ở dòng 3/)
    expect(dry.stderr).toMatch(/dòng\s+7\s+✗ successor\s+Không có cổng "khong-ton-tai"/)
    expect(dry.stderr).toMatch(/dòng\s+8\s+✗ kind/)
    expect(dry.stdout).toContain('3 dòng hợp lệ, 4 dòng bị từ chối')
    expect(dry.stdout).toContain('dry run: nothing changed')
    expect((await takedownRows()).filter((r) => [a, b, c].some((d) => String(d.id) === r.docId))).toEqual([])
    expect((await portal(`/tin-tuc/${b.slug}/`)).status).toBe(200)

    const real = await site(['takedown', '--csv', file])
    expect(real.code, real.stderr).toBe(2)
    expect(real.stdout).toContain('Kết quả / summary: 3 đã gỡ / taken down, 4 bị từ chối / refused, 0 lỗi / failed')
    const rows = await takedownRows()
    expect(rows.filter((r) => [a, b, c].some((d) => String(d.id) === r.docId)).map((r) => r.kind).sort()).toEqual(['consolidated', 'error', 'withdrawn'])
    await statusOf(`/tin-tuc/${b.slug}/`, 410)
    expect((await statusOf(`/tin-tuc/${c.slug}/`, 301)).headers.location).toBe(`/tin-tuc/${a.slug}/`)
    expect((await portal(`/tin-tuc/${a.slug}/`)).body).toContain('Lý do: Hết hiệu lực, xem thông báo mới')

    const bad = path.join(server.dataDir, 'sai-tieu-de.csv')
    fs.writeFileSync(bad, 'site,bai,kind\nha-tinh,x,error\n')
    const refused = await site(['takedown', '--csv', bad, '--dry-run'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/dòng\s+1\s+header/)
  }, 300_000)
})

describe('trash', () => {
  it('lets site staff move to the trash and restore their own items; only platform admins delete for good; the audit log records both', async () => {
    const doc = await publishNews('Tin sẽ vào thùng rác Plindoret', 'Bài Plindoret để thử thùng rác.')
    await until('Plindoret', (t) => t.length === 1, 'the article in search')
    const path_ = `/tin-tuc/${doc.slug}/`

    // Deleting for good is for platform admins only, even for the site's editor.
    const hard = await server.api(`/api/news/${doc.id}`, { method: 'DELETE', token: tokens.editor })
    expect(hard.status, hard.body).toBe(403)
    // An author of another site cannot trash it.
    const other = await server.api(`/api/news/${doc.id}?depth=0`, { method: 'PATCH', token: tokens.author, json: { deletedAt: new Date().toISOString() } })
    expect([403, 404]).toContain(other.status)

    const trashed = await server.api(`/api/news/${doc.id}?depth=0`, { method: 'PATCH', token: tokens.editor, json: { deletedAt: new Date().toISOString() } })
    expect(trashed.status, trashed.body).toBe(200)
    await statusOf(path_, 404)
    await until('Plindoret', (t) => t.length === 0, 'the trashed article to leave search')
    // Lists and "Việc của tôi" leave it out; the trash shows it.
    expect((await server.api(`/api/news?where[id][equals]=${doc.id}&depth=0`, { token: tokens.editor })).json().totalDocs).toBe(0)
    expect((await server.api(`/api/news?trash=true&where[id][equals]=${doc.id}&depth=0`, { token: tokens.editor })).json().totalDocs).toBe(1)
    const work = (await server.api('/api/users/my-work', { token: tokens.editor })).json()
    expect(JSON.stringify(work)).not.toContain('Plindoret')

    const restored = await server.api(`/api/news/${doc.id}?trash=true&depth=0`, { method: 'PATCH', token: tokens.editor, json: { deletedAt: null, _status: 'published' } })
    expect(restored.status, restored.body).toBe(200)
    await statusOf(path_, 200)
    await until('Plindoret', (t) => t.length === 1, 'the restored article back in search')

    const audit = (await server.api(`/api/audit-log?where[docId][equals]=${doc.id}&where[collectionSlug][equals]=news&sort=createdAt&limit=20&depth=0`, { token: tokens.admin })).json().docs as Array<{ action: string; email: string }>
    const actions = audit.map((e) => e.action)
    expect(actions).toContain('trash')
    expect(actions).toContain('restore')
    expect(audit.find((e) => e.action === 'trash')!.email).toBe('bientap.hatinh@cong.gov.vn')

    // Emptying: the editor may trash again but not delete; the platform admin deletes for good.
    expect((await server.api(`/api/news/${doc.id}?depth=0`, { method: 'PATCH', token: tokens.editor, json: { deletedAt: new Date().toISOString() } })).status).toBe(200)
    expect((await server.api(`/api/news/${doc.id}?trash=true`, { method: 'DELETE', token: tokens.editor })).status).toBe(403)
    await server.api(`/api/news?trash=true&where[deletedAt][exists]=true&where[id][equals]=${doc.id}`, { method: 'DELETE', token: tokens.approver })
    expect((await server.api(`/api/news?trash=true&where[id][equals]=${doc.id}&depth=0`, { token: tokens.admin })).json().totalDocs).toBe(1)
    const gone = await server.api(`/api/news/${doc.id}?trash=true`, { method: 'DELETE', token: tokens.admin })
    expect(gone.status, gone.body).toBe(200)
    expect((await server.api(`/api/news?trash=true&where[id][equals]=${doc.id}&depth=0`, { token: tokens.admin })).json().totalDocs).toBe(0)
  })
})
