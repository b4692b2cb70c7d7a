/**
 * `npm run bench:alerts`: subscribers notified per second through the outbox. On a fresh
 * embedded database (Local API, in this process): one portal, one published article, SUBSCRIBERS
 * confirmed subscriptions (a mix of the whole portal, the article itself and its category), then
 * a major update of the article; the alert job's work (`notifyChange`: match, compose one
 * message per subscriber, write it to the outbox) is timed RUNS times. Last line: one JSON object.
 *
 * Env: SUBSCRIBERS=2000 RUNS=3 KEEP_DATA=1 (keep the temporary database).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 2000)
const RUNS = Number(process.env.RUNS ?? 3)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-alerts-'))
Object.assign(process.env, { DATA_DIR: tmp, SITES_DIR: path.join(tmp, 'sites'), TWO_FACTOR_REQUIRED_ROLES: 'none', JOBS_IN_PROCESS: 'false', SEED_ON_START: 'false' })
delete process.env.DATABASE_URI
delete process.env.MEILI_HOST
delete process.env.SMTP_URL

const log = (line: string) => console.log(line)

async function main() {
  const { initPayload } = await import('../../cms/src/boot')
  const { notifyChange } = await import('../../plugins/alerts/notify')
  const payload = await initPayload()
  const ctx = { overrideAccess: true, context: { skipBuild: true, skipSearch: true } } as const
  const site = await payload.create({ collection: 'sites', data: { name: 'Cổng đo thử', slug: 'do-thu', level: 'tinh', theme: 'default', status: 'active' } as never, ...ctx })
  const category = await payload.create({ collection: 'categories', data: { title: 'Tin tức', slug: 'tin-tuc-chung', site: site.id } as never, ...ctx })
  const news = await payload.create({ collection: 'news', data: { title: 'Bài đo thử', slug: 'bai-do-thu', site: site.id, categories: [category.id], _status: 'published' } as never, ...ctx })
  log(`${SUBSCRIBERS} subscribers…`)
  const scopes = ['portal', 'document', 'category'] as const
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const scope = scopes[i % 3]!
    await payload.db.create({
      collection: 'subscriptions',
      data: { email: `nguoi-${i}@example.com`, site: site.id, scope, category: scope === 'category' ? category.id : null, docCollection: scope === 'document' ? 'news' : null, docId: scope === 'document' ? String(news.id) : null, frequency: 'immediate', status: 'confirmed', nonce: `n${i}`, confirmedAt: new Date().toISOString() },
    })
  }
  const rates: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const updated = await payload.update({ collection: 'news', id: news.id, data: { changeNotice: { kind: 'major', note: `Cập nhật lần ${run + 1}` }, _status: 'published' } as never, ...ctx })
    const at = (updated as unknown as { changeNotes: Array<{ at: string }> }).changeNotes.at(-1)!.at
    const before = (await payload.count({ collection: 'outbox', overrideAccess: true })).totalDocs
    const started = performance.now()
    const sent = await notifyChange(payload, 'news', String(news.id), at)
    const seconds = (performance.now() - started) / 1000
    const written = (await payload.count({ collection: 'outbox', overrideAccess: true })).totalDocs - before
    if (sent !== SUBSCRIBERS || written !== SUBSCRIBERS) throw new Error(`expected ${SUBSCRIBERS} messages, sent ${sent}, outbox rows ${written}`)
    rates.push(sent / seconds)
    log(`run ${run + 1}: ${sent} messages in ${seconds.toFixed(2)} s (${Math.round(sent / seconds)}/s)`)
  }
  await payload.destroy?.()
  const sorted = [...rates].sort((a, b) => a - b)
  return { alerts_per_s: Math.round(sorted[Math.floor(sorted.length / 2)]!), alerts_per_s_min: Math.round(sorted[0]!), subscribers: SUBSCRIBERS, runs: RUNS, database: 'sqlite' }
}

main()
  .then((result) => {
    if (process.env.KEEP_DATA !== '1') fs.rmSync(tmp, { recursive: true, force: true })
    console.log(JSON.stringify(result))
    process.exit(0)
  })
  .catch((err) => {
    console.error(err)
    fs.rmSync(tmp, { recursive: true, force: true })
    process.exit(1)
  })
