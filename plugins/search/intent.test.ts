import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { intendedTypes, searchWithIntent } from './intent'
import { createSearchEngine } from './factory'
import { type SearchDocument, type SearchEngine, SearchParamsSchema } from './port'

let dir: string
let engine: SearchEngine

const news = (n: number): SearchDocument => ({
  id: `news:${n}`,
  type: 'news',
  site: 'xa',
  siteName: 'Xã',
  url: `/tin-tuc/${n}/`,
  title: `Tin ${n}: kết quả giải quyết thủ tục hành chính, thủ tục hành chính đúng hạn`,
  text: 'Thủ tục hành chính được giải quyết đúng hạn. Thủ tục hành chính trực tuyến. '.repeat(3),
  date: `2026-0${(n % 9) + 1}-01T00:00:00.000Z`,
})
const procedure = (n: number, name: string): SearchDocument => ({
  id: `procedure:${n}`,
  type: 'procedure',
  site: 'xa',
  siteName: 'Xã',
  url: `/thu-tuc-hanh-chinh/3-00021${n}/`,
  title: name,
  text: `Thủ tục hành chính cấp xã\n3.00021${n}\nNộp hồ sơ tại Trung tâm Phục vụ hành chính công`,
})

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-intent-'))
  engine = await createSearchEngine({ dataDir: dir })
  await engine.upsert([...Array.from({ length: 12 }, (_, i) => news(i + 1)), procedure(0, 'Cấp Giấy chứng nhận đủ điều kiện hoạt động điểm trò chơi'), procedure(1, 'Gia hạn Giấy chứng nhận đủ điều kiện hoạt động điểm trò chơi')])
})

afterAll(async () => {
  await engine.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const params = (input: Record<string, unknown>) => SearchParamsSchema.parse({ scope: 'site', site: 'xa', ...input })

describe('typed content where citizens expect it', () => {
  it('reads the intent from the words, with or without diacritics', () => {
    expect(intendedTypes('thủ tục hành chính')).toEqual(['procedure'])
    expect(intendedTypes('thu tuc hanh chinh')).toEqual(['procedure'])
    expect(intendedTypes('Nghị định về thủ tục')).toEqual(['legal', 'procedure'])
    expect(intendedTypes('lịch tiếp công dân')).toEqual([])
    // A cue is a whole word: "nop" inside "nốp…" or "luat" inside "luật sư"? Only whole words count.
    expect(intendedTypes('khuyến nông')).toEqual([])
  })

  it('puts the best procedures first for a procedure-like query, without changing totals', async () => {
    const plain = await engine.search(params({ q: 'thủ tục hành chính', perPage: 5 }))
    expect(plain.hits.slice(0, 5).some((h) => h.type === 'procedure')).toBe(false)
    const blended = await searchWithIntent(engine, params({ q: 'thủ tục hành chính', perPage: 5 }))
    expect(blended.hits.slice(0, 2).map((h) => h.type)).toEqual(['procedure', 'procedure'])
    expect(blended.hits).toHaveLength(5)
    expect(blended.total).toBe(plain.total)
    expect(blended.facets).toEqual(plain.facets)
  })

  it('continues on later pages with nothing shown twice and nothing skipped', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => searchWithIntent(engine, params({ q: 'thủ tục hành chính', perPage: 5, page }))))
    const ids = pages.flatMap((p) => p.hits.map((h) => h.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual((await engine.search(params({ q: 'thủ tục hành chính', perPage: 50 }))).hits.map((h) => h.id).sort())
  })

  it('leaves filtered, dated and intent-free searches to the engine', async () => {
    for (const input of [{ q: 'thủ tục hành chính', type: 'news' }, { q: 'thủ tục hành chính', sort: 'newest' }, { q: 'giải quyết đúng hạn' }]) {
      const p = params({ ...input, perPage: 5 })
      expect((await searchWithIntent(engine, p)).hits.map((h) => h.id)).toEqual((await engine.search(p)).hits.map((h) => h.id))
    }
  })
})
