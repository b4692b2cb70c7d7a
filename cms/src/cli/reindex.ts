/**
 * `npm run reindex [-- --site <slug>] [--queue]`: rebuild the search index from the database.
 *
 * Without `--site`, the embedded index folder is emptied and every portal written again; with
 * Meilisearch, each portal's documents are replaced. Archived portals end up with nothing.
 * The embedded index has one writer (ADR 0010): while the server runs it holds the index, and
 * this command refuses, naming the server's process; `--queue` instead asks the running server
 * to do it (one sync job per portal, done in the background, no progress bar).
 *
 * Exit codes: 0 done, 1 failure while working, 2 refused (lock held, unknown site, bad option).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SingleBar } from 'cli-progress'

import { ConfigError, env } from '../config/env'
import { IndexLockedError, lockHolder, openSearchEngineForWriting } from '../../../plugins/search/lock'
import { countSiteDocuments, queueSearchSync, syncSite } from '../../../plugins/search/sync'

const USAGE = `Cách dùng / usage:
  npm run reindex [-- --site <slug>] [--queue]`

const say = (line: string) => process.stdout.write(`${line}\n`)

function refuse(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

function progressBar(total: number) {
  const started = Date.now()
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0)
  if (process.stdout.isTTY) {
    const bar = new SingleBar({ format: '  {bar} {value}/{total} ({percentage}%) · {rate} tài liệu/s (docs/s) · còn {eta_formatted}', hideCursor: true })
    bar.start(total, 0, { rate: '0' })
    return { update: (done: number) => bar.update(done, { rate: rate(done) }), stop: () => bar.stop() }
  }
  let last = 0
  return {
    update: (done: number) => {
      if ((done === total && last !== total) || done - last >= Math.max(1, Math.floor(total / 10))) {
        last = done
        say(`  ${done}/${total} (${Math.round((done / Math.max(1, total)) * 100)}%) ${rate(done)} docs/s`)
      }
    },
    stop: () => undefined,
  }
}

async function main() {
  let values
  try {
    ;({ values } = parseArgs({ options: { site: { type: 'string' }, queue: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } }))
  } catch (err) {
    refuse(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`)
  }
  if (values.help) return say(USAGE)
  const e = env()
  const embedded = !e.meiliHost

  // Refuse before loading anything when the server holds the embedded index.
  const holder = embedded && !values.queue ? lockHolder(e.dataDir) : null
  if (holder) {
    refuse(
      `Chỉ mục tìm kiếm đang được tiến trình ${holder.pid} (${holder.purpose}) sử dụng. Dừng máy chủ rồi chạy lại, hoặc dùng --queue để máy chủ tự đồng bộ lại.\n` +
        `The search index is held by process ${holder.pid} (${holder.purpose}). Stop the server and run again, or use --queue to have the running server re-sync.`,
    )
  }

  const { initPayload } = await import('../boot')
  const payload = await initPayload()
  const sites = (await payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, status: true }, sort: 'slug' })).docs
  const chosen = values.site ? sites.filter((s) => s.slug === values.site) : sites
  if (values.site && chosen.length === 0) refuse(`Không có cổng "${values.site}". / No site "${values.site}".`)

  if (values.queue) {
    for (const site of chosen) await queueSearchSync(payload, { site: String(site.id) })
    say(`Đã xếp hàng đồng bộ ${chosen.length} cổng; máy chủ đang chạy sẽ thực hiện (xem /healthz, searchIndex.queued). / ${chosen.length} portal(s) queued for the running server.`)
    process.exit(0)
  }

  // A full rebuild of the embedded index starts from an empty folder: nothing stale survives.
  if (embedded && !values.site) fs.rmSync(path.join(e.dataDir, 'search'), { recursive: true, force: true })
  const engine = await openSearchEngineForWriting({ meiliHost: e.meiliHost, meiliKey: e.meiliKey, dataDir: e.dataDir, purpose: 'reindex' })
  const active = chosen.filter((s) => s.status === 'active')
  const total = await countSiteDocuments({ payload }, active.map((s) => s.id))
  say(`Dựng lại chỉ mục tìm kiếm (${engine.kind}): ${chosen.length} cổng, khoảng ${total} tài liệu cần đọc. / Rebuilding the ${engine.kind} index: ${chosen.length} portal(s), about ${total} documents to read.`)
  const started = Date.now()
  const bar = progressBar(total)
  let read = 0
  let indexed = 0
  try {
    for (const site of chosen) {
      const done = await syncSite({ payload }, engine, String(site.id), (batch) => {
        read += batch
        bar.update(Math.min(read, total))
      })
      indexed += done.indexed
    }
    bar.update(total)
  } finally {
    bar.stop()
    await engine.close()
  }
  const seconds = (Date.now() - started) / 1000
  say(
    `Xong: ${indexed} tài liệu trong chỉ mục sau ${seconds.toFixed(1)} s (${(indexed / Math.max(seconds, 0.001)).toFixed(0)} tài liệu/s). ` +
      `/ Done: ${indexed} documents indexed in ${seconds.toFixed(1)} s (${(indexed / Math.max(seconds, 0.001)).toFixed(0)} docs/s).`,
  )
  process.exit(0)
}

main().catch((err: unknown) => {
  if (err instanceof IndexLockedError || err instanceof ConfigError) refuse(err.message)
  process.stderr.write(`reindex: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
