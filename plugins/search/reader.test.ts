import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openEmbeddedEngine } from './embedded/engine'
import { openEmbeddedReader } from './embedded/reader'
import type { SearchDocument } from './port'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const doc = (id: number, title: string): SearchDocument => ({ id: `news:${id}`, type: 'news', site: 'ha-tinh', siteName: 'Hà Tĩnh', url: `/tin-tuc/${id}/`, title, text: `${title} nội dung`, date: '2026-11-01' })

describe('a second process reading the index another one writes', () => {
  it('finds what the writer added, forgets what it deleted, follows a compaction, and refuses to write', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-reader-'))
    dirs.push(dir)
    const writer = await openEmbeddedEngine({ dir, compactMinBytes: 1 })
    const reader = await openEmbeddedReader({ dir })
    await writer.upsert([doc(1, 'Chuyển đổi số cấp xã'), doc(2, 'Dịch vụ công trực tuyến')])
    expect((await reader.search({ q: 'chuyển đổi số', scope: 'all' })).hits.map((h) => h.id)).toEqual(['news:1'])
    await writer.delete(['news:1'])
    expect((await reader.search({ q: 'chuyển đổi số', scope: 'all' })).total).toBe(0)
    await writer.compact()
    await writer.upsert([doc(3, 'Chuyển đổi số tỉnh Hà Tĩnh')])
    expect((await reader.search({ q: 'chuyển đổi số', scope: 'all' })).hits.map((h) => h.id)).toEqual(['news:3'])
    expect(await reader.count()).toBe(2)
    await expect(reader.upsert()).rejects.toThrow(/search.lock/)
    await writer.close()
    await reader.close()
  })
})
