/**
 * ADR 0010: the embedded search engine is made for a few hundred thousand documents. A server
 * that finds its index empty (first start, a deleted data/search, a restore) fills it from the
 * database, unless the platform holds more than `EMBEDDED_SEARCH_MAX`: then it says so and asks
 * for Meilisearch, instead of indexing for hours with the server busy (the national platform,
 * 1,000,000 news, stayed unanswering under that work: `npm run bench:scale`).
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { startServer, type TestServer, waitFor } from './helpers/server'

const servers: TestServer[] = []
afterAll(async () => {
  for (const s of servers.slice(0, -1)) await s.terminate()
  await servers.at(-1)?.stop()
})

type Health = { searchIndex: { documents: number | null; queued: number } }

describe('an empty embedded search index at start', () => {
  it('is filled from the database within EMBEDDED_SEARCH_MAX, and left empty with a notice beyond it', async () => {
    // A seeded platform, its index then deleted as an operator would.
    const first = await startServer()
    servers.push(first)
    await waitFor(async () => {
      const { searchIndex } = (await first.api('/healthz')).json<Health>()
      return (searchIndex.documents ?? 0) > 0 && searchIndex.queued === 0 ? true : undefined
    }, 120_000, 'the seeded content in the index')
    await first.terminate()
    fs.rmSync(path.join(first.dataDir, 'search'), { recursive: true, force: true })

    // Beyond the limit: the notice, in Vietnamese and English, and nothing queued.
    const small = await startServer({ EMBEDDED_SEARCH_MAX: '5' }, first.dataDir)
    servers.push(small)
    await waitFor(async () => (small.output().includes('EMBEDDED_SEARCH_MAX') ? true : undefined), 60_000, 'the notice')
    const notice = small.output().split('\n').find((l) => l.includes('EMBEDDED_SEARCH_MAX'))!
    expect(notice).toMatch(/Chỉ mục tìm kiếm trống nhưng nền tảng có [\d.]+ tài liệu, vượt mức 5 của công cụ tìm kiếm nhúng: không tự dựng chỉ mục; đặt MEILI_HOST/)
    expect(notice).toMatch(/the platform holds [\d,]+ documents, beyond the embedded engine's 5 \(EMBEDDED_SEARCH_MAX\): not indexing them at start; set MEILI_HOST/)
    await new Promise((r) => setTimeout(r, 2000))
    expect((await small.api('/healthz')).json<Health>().searchIndex).toMatchObject({ documents: 0, queued: 0 })
    expect(small.output()).not.toContain('empty search index:')
    await small.terminate()

    // Within the default limit: every portal queued, the index filled again.
    const normal = await startServer({}, first.dataDir)
    servers.push(normal)
    await waitFor(async () => (/empty search index: \d+ portal\(s\) queued for indexing/.test(normal.output()) ? true : undefined), 60_000, 'the full sync')
    await waitFor(async () => {
      const { searchIndex } = (await normal.api('/healthz')).json<Health>()
      return (searchIndex.documents ?? 0) > 0 && searchIndex.queued === 0 ? true : undefined
    }, 120_000, 'the index filled again')
    expect(normal.output()).not.toContain('EMBEDDED_SEARCH_MAX')
  }, 400_000)
})
