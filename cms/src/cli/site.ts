/**
 * `npm run site -- <command>`: provisioning and reorganisation of portals, for central IT.
 *
 *   create --name … --slug … --domain … --level … [--parent …] [--theme …] [--unit-code …] [--admin-email …]
 *   create --csv sites.csv
 *   merge --from <slug> --into <slug> [--dry-run]
 *   retire --slug <slug> [--redirect-to <url>] [--notice "…"] [--notice-en "…"] [--dry-run]
 *   takedown --csv takedowns.csv [--dry-run] [--no-build]
 *   rebuild-all [--reason "…"] [--full] [--detach] [--every <seconds>]
 *   visits --log access.log[.gz] [--log …] [--reset]
 *
 * Exit codes: 0 done, 2 refused (bad arguments or data; nothing was changed), 1 failure.
 */
import fs from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'

import type { Payload } from 'payload'

import { initPayload } from '../boot'
import { requestBuild } from '../../../plugins/portals/build/queue'
import { progressLine, type RunProgress } from '../../../plugins/portals/build/progressText'
import { cliStarter, type RunDoc, runProgress, startRebuild } from '../../../plugins/portals/build/rebuild'
import { requeueInterruptedBuilds, runPendingBuilds } from '../../../plugins/portals/build/runner'
import { addVisits, countLog, resetVisits, siteResolver } from '../../../plugins/portals/visits'
import { ConfigError, env } from '../config/env'
import { describeMerge, type MergePlan, mergeSites, planMerge } from '../../../plugins/lifecycle/merge'
import { describeRetire, retireSite, validateRetire } from '../../../plugins/lifecycle/retire'
import { parseSitesCsv } from '../../../plugins/lifecycle/provisioning/csv'
import { importWithWorkers } from '../../../plugins/lifecycle/provisioning/importWorkers'
import { describeInvitation, loadDirectory, loadKnownSites, provisionSite, type ProvisionOutcome, relaxDurabilityForImport, validationContext } from '../../../plugins/lifecycle/provisioning/provision'
import { validateRows, type ValidatedRow } from '../../../plugins/lifecycle/provisioning/validate'
import { applyTakedownCsv, checkTakedownCsv, describePlan, TAKEDOWN_CSV_COLUMNS } from '../../../plugins/workflow/takedown/csv'

type Id = number | string

const out = (line = '') => process.stdout.write(`${line}\n`)
const err = (line: string) => process.stderr.write(`${line}\n`)

/** Refusals: the request was wrong and nothing was changed. */
class Refused extends Error {}

const USAGE = `Cách dùng / usage:
  npm run site -- create --name "Trang thông tin điện tử xã A" --slug xa-a --domain xaa.hatinh.gov.vn \\
                         --level xa --parent ha-tinh [--name-en "A Commune"] [--theme default] \\
                         [--unit-code 18001] [--admin-email quantri@xaa.hatinh.gov.vn] [--no-build]
  npm run site -- create --csv sites.csv [--no-build] [--workers N]
      cột / columns: name,slug,domain,level,parent,theme,unitCode,adminEmail[,nameEn]
  npm run site -- merge --from <slug> --into <slug> [--dry-run] [--no-build]
  npm run site -- retire --slug <slug> [--redirect-to https://…] [--notice "…"] [--notice-en "…"] [--dry-run]
  npm run site -- takedown --csv takedowns.csv [--dry-run] [--no-build]
      cột / columns: ${TAKEDOWN_CSV_COLUMNS.join(',')}
      kind: withdrawn | error | consolidated (target: collection:slug) | former-unit (successor: slug)
  npm run site -- rebuild-all [--reason "mẫu giao diện mới"] [--full] [--detach] [--every <giây/seconds>]
      xây dựng lại mọi cổng, cổng đông người xem trước; chạy lại để tiếp tục một lượt bị dừng
      rebuild every portal, most visited first; run it again to continue a run that was stopped
  npm run site -- visits --log /var/log/cong/portals-access.log [--log …] [--reset]
      cộng lượt xem trang từ nhật ký nginx / add page views from nginx access logs
Cấp / levels: trung-uong, tinh, xa, truc-thuoc`

/**
 * Helper processes for a CSV import: `--workers N`, else up to four (one per core) when 100 or
 * more portals are new. Checking an existing portal is a few reads, quicker than starting one.
 */
function workerCount(flag: string | undefined, rows: ValidatedRow[]): number {
  if (flag !== undefined) {
    const n = Number(flag)
    if (!Number.isInteger(n) || n < 1 || n > 8) throw new Refused('--workers phải là số nguyên từ 1 đến 8. / --workers must be a whole number from 1 to 8.')
    return Math.min(n, rows.length)
  }
  return rows.filter((r) => !r.existing).length >= 100 ? Math.min(os.availableParallelism(), 4) : 1
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function parse(args: string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | string[] | undefined>
  } catch (e) {
    throw new Refused(`${(e as Error).message}\n\n${USAGE}`)
  }
}

function printProblems(rows: ValidatedRow[], withLine: boolean): number {
  let count = 0
  for (const row of rows) {
    for (const p of row.problems) {
      count++
      err(withLine ? `  dòng ${String(row.line).padStart(4)}  ${p.field.padEnd(10)}  ${p.message}` : `  ✗ ${p.field}: ${p.message}`)
    }
  }
  return count
}

function printWarnings(rows: ValidatedRow[], withLine: boolean, limit = 20): void {
  const warnings = rows.flatMap((r) => r.warnings.map((w) => ({ line: r.line, ...w })))
  for (const w of warnings.slice(0, limit)) out(withLine ? `  lưu ý dòng ${w.line} ${w.field}: ${w.message}` : `  lưu ý / note: ${w.message}`)
  if (warnings.length > limit) out(`  … và ${warnings.length - limit} lưu ý khác / more notes`)
}

/**
 * Queue a build for each site, then run the queue in this process: all of them in one batch.
 * A server running jobs in process may claim the batch first; then wait for its result.
 */
async function buildSites(payload: Payload, siteIds: Id[], reason: string): Promise<{ ok: number; failed: number; ms: number; pages: number }> {
  const t0 = Date.now()
  const buildIds: Id[] = []
  for (const id of siteIds) buildIds.push((await requestBuild(payload, id, reason)).buildId)
  await runPendingBuilds(payload)
  const deadline = Date.now() + 20 * 60_000
  for (;;) {
    const rows = await payload.find({ collection: 'builds', where: { id: { in: buildIds } }, pagination: false, depth: 0, overrideAccess: true })
    const open = rows.docs.filter((b) => b.status === 'queued' || b.status === 'running')
    if (open.length === 0 || Date.now() > deadline) {
      const ok = rows.docs.filter((b) => b.status === 'succeeded').length
      const pages = rows.docs.reduce((sum, b) => sum + (b.pages ?? 0), 0)
      return { ok, failed: rows.docs.length - ok, ms: Date.now() - t0, pages }
    }
    // Builds queued while this batch ran, or claimed by another runner: let the queue finish.
    await runPendingBuilds(payload)
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function createOne(values: Record<string, string | boolean | string[] | undefined>): Promise<void> {
  const build = !values['no-build']
  const total = build ? 6 : 5
  let step = 0
  const say = (text: string) => out(`[${++step}/${total}] ${text}`)
  const payload = await initPayload()
  const sites = await loadKnownSites(payload)
  const [row] = validateRows(
    [
      {
        line: 1,
        values: {
          name: values.name,
          nameEn: values['name-en'],
          slug: values.slug,
          domains: values.domain,
          level: values.level,
          parent: values.parent,
          theme: values.theme,
          unitCode: values['unit-code'],
          adminEmail: values['admin-email'],
        },
      },
    ],
    await validationContext(payload, sites),
  )
  if (!row!.request) {
    err('Không tạo cổng: dữ liệu chưa hợp lệ / Nothing created: the request is not valid')
    printProblems([row!], false)
    throw new Refused('')
  }
  say(`Kiểm tra dữ liệu: hợp lệ / request checked`)
  printWarnings([row!], false)
  const outcome = await provisionSite(payload, row!.request, {
    directory: await loadDirectory(payload, sites),
    report: (kind, text) => say(text),
  })
  if (!row!.request.adminEmail) say('Không có --admin-email: chưa mời người quản trị trang / no --admin-email: nobody invited yet')
  await finish(payload, outcome, build, say)
}

async function finish(payload: Payload, outcome: ProvisionOutcome, build: boolean, say: (text: string) => void): Promise<void> {
  if (build) {
    const result = await buildSites(payload, [outcome.site.id], `tạo cổng mới ${outcome.site.slug} (npm run site create)`)
    if (result.failed > 0) {
      say(`Xây dựng cổng thất bại sau ${seconds(result.ms)}; xem mục Xây dựng cổng trong quản trị / the build failed (see Builds in the admin)`)
      out(`Cổng đã được tạo; địa chỉ sau khi xây dựng lại / portal URL once rebuilt: ${outcome.url}`)
      process.exitCode = 1
      return
    }
    say(`Xây dựng cổng xong trong ${seconds(result.ms)} (${result.pages} trang) / built`)
  } else {
    await requestBuild(payload, outcome.site.id, `tạo cổng mới ${outcome.site.slug} (npm run site create)`)
  }
  out(build ? `Cổng đã sẵn sàng / portal ready: ${outcome.url}` : `Đã xếp hàng xây dựng; cổng sẽ có tại / build queued; the portal will be at: ${outcome.url}`)
}

async function createFromCsv(file: string, build: boolean, workersFlag: string | undefined): Promise<void> {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (e) {
    throw new Refused(`Không đọc được tệp ${file}: ${(e as Error).message} / Cannot read the file.`)
  }
  const parsed = parseSitesCsv(text)
  if (parsed.problems.length > 0) {
    err(`Tệp ${file} có lỗi cấu trúc; không tạo gì cả / structural problems, nothing created:`)
    for (const p of parsed.problems) err(`  dòng ${String(p.line).padStart(4)}  ${p.message}`)
    throw new Refused('')
  }
  out(`Đọc ${file}: ${parsed.rows.length} dòng dữ liệu / ${parsed.rows.length} rows`)
  const payload = await initPayload()
  const t0 = Date.now()
  const sites = await loadKnownSites(payload)
  const rows = validateRows(parsed.rows, await validationContext(payload, sites), { allowExisting: true })
  const bad = rows.filter((r) => !r.request)
  if (bad.length > 0) {
    err(`Không tạo cổng nào: ${bad.length}/${rows.length} dòng có lỗi / nothing created: ${bad.length} of ${rows.length} rows are invalid`)
    err(`  ${'dòng'.padStart(9)}  ${'cột'.padEnd(10)}  lý do / reason`)
    printProblems(bad, true)
    throw new Refused('')
  }
  out(`Kiểm tra ${rows.length} dòng: hợp lệ (${seconds(Date.now() - t0)}) / all rows valid`)
  printWarnings(rows, true)

  const workers = workerCount(workersFlag, rows)
  const started = Date.now()
  const tty = process.stdout.isTTY
  let lastPrinted = 0
  let done = 0
  const counts = { created: 0, updated: 0, unchanged: 0 }
  const toBuild: Id[] = []
  const invitations: string[] = []
  const record = (outcome: ProvisionOutcome) => {
    counts[outcome.action]++
    if (outcome.action !== 'unchanged') toBuild.push(outcome.site.id)
    if (outcome.invitation?.status === 'sent-to-outbox') invitations.push(describeInvitation(outcome.invitation))
    done++
    const elapsed = (Date.now() - started) / 1000
    const rate = done / Math.max(elapsed, 0.001)
    const line = `  ${done}/${rows.length} (${Math.round((done / rows.length) * 100)}%) · ${rate.toFixed(1)} cổng/s · còn ~${Math.ceil((rows.length - done) / rate)} s`
    if (tty) process.stdout.write(`\r${line}   `)
    else if (done === rows.length || done - lastPrinted >= Math.max(1, Math.ceil(rows.length / 10))) {
      out(line)
      lastPrinted = done
    }
  }
  const stopOn = (line: number, slug: string, message: string): never => {
    if (tty) out()
    err(`Lỗi ở dòng ${line} (${slug}): ${message}`)
    err(`Các cổng đã tạo (${done}) đều đầy đủ; cổng ở dòng lỗi không được tạo. Chạy lại cùng tệp để tiếp tục: dòng đã có được bỏ qua. / The ${done} portals created are complete; re-run the same file to continue.`)
    throw new Error(`import stopped at line ${line}`)
  }
  if (workers > 1) {
    out(`Tạo cổng bằng ${workers} tiến trình song song / importing with ${workers} processes`)
    const failure = await importWithWorkers(rows, workers, (_line, outcome) => record(outcome), fileURLToPath(new URL('./provisionWorker.ts', import.meta.url)))
    if (failure) stopOn(failure.line, failure.slug, failure.message)
  } else {
    const directory = await loadDirectory(payload, sites)
    const restoreDurability = await relaxDurabilityForImport(payload)
    try {
      for (const row of rows) {
        let outcome: ProvisionOutcome
        try {
          outcome = await provisionSite(payload, row.request!, { directory, existing: row.existing })
        } catch (e) {
          stopOn(row.line, row.request!.slug, (e as Error).message)
        }
        record(outcome!)
      }
    } finally {
      await restoreDurability()
    }
  }
  if (tty) out()
  const ms = Date.now() - started
  out(
    `Đã tạo ${counts.created}, cập nhật ${counts.updated}, giữ nguyên ${counts.unchanged} cổng trong ${seconds(ms)} (${(rows.length / Math.max(ms / 1000, 0.001)).toFixed(1)} cổng/s) / created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}`,
  )
  if (invitations.length) {
    out(`Lời mời quản trị trang: ${invitations.length} thư / site-admin invitations: ${invitations.length}`)
    for (const line of invitations.slice(0, 5)) out(`  ${line}`)
    if (invitations.length > 5) out(`  … (xem Hộp thư đi / see the outbox)`)
  }
  if (toBuild.length === 0) {
    out('Không có cổng nào cần xây dựng lại / nothing to build')
    return
  }
  if (!build) {
    for (const id of toBuild) await requestBuild(payload, id, `nhập từ ${file} (npm run site create --csv)`)
    out(`Đã xếp hàng xây dựng ${toBuild.length} cổng / ${toBuild.length} builds queued`)
    return
  }
  out(`Xây dựng ${toBuild.length} cổng trong một lượt… / building ${toBuild.length} portals in one batch…`)
  const result = await buildSites(payload, toBuild, `nhập từ ${file} (npm run site create --csv)`)
  out(`Xây dựng xong: ${result.ok} thành công, ${result.failed} lỗi, ${result.pages} trang, ${seconds(result.ms)} / built: ${result.ok} ok, ${result.failed} failed`)
  if (result.failed > 0) process.exitCode = 1
}

async function merge(values: Record<string, string | boolean | string[] | undefined>): Promise<void> {
  const from = String(values.from ?? '').trim()
  const into = String(values.into ?? '').trim()
  if (!from || !into) throw new Refused(`Cần --from và --into. / --from and --into are required.\n\n${USAGE}`)
  const payload = await initPayload()
  const plan: MergePlan | { problems: string[] } = await planMerge(payload, from, into)
  if ('problems' in plan) {
    err('Không sáp nhập / Nothing merged:')
    for (const p of plan.problems) err(`  ✗ ${p}`)
    throw new Refused('')
  }
  for (const line of describeMerge(plan)) out(line)
  if (values['dry-run']) {
    out('Chạy thử (--dry-run): không thay đổi gì / dry run: nothing changed')
    return
  }
  const result = await mergeSites(payload, plan, (line) => out(`  ${line}`))
  out(`Đã sáp nhập ${plan.from.slug} vào ${plan.into.slug}: ${result.summary} / merged`)
  if (values['no-build']) {
    for (const id of result.rebuild) await requestBuild(payload, id, `sáp nhập ${plan.from.slug} vào ${plan.into.slug}`)
    out(`Đã xếp hàng xây dựng ${result.rebuild.length} cổng / builds queued`)
  } else {
    const built = await buildSites(payload, result.rebuild, `sáp nhập ${plan.from.slug} vào ${plan.into.slug}`)
    out(`Xây dựng ${result.rebuild.length} cổng: ${built.ok} thành công, ${built.failed} lỗi (${seconds(built.ms)}) / rebuilt`)
    if (built.failed > 0) process.exitCode = 1
  }
  out(`Cổng ${plan.into.slug}: ${plan.into.url}`)
}

async function retire(values: Record<string, string | boolean | string[] | undefined>): Promise<void> {
  const slug = String(values.slug ?? '').trim()
  if (!slug) throw new Refused(`Cần --slug. / --slug is required.\n\n${USAGE}`)
  const payload = await initPayload()
  const request = {
    slug,
    redirectTo: typeof values['redirect-to'] === 'string' ? values['redirect-to'].trim() : null,
    notice: typeof values.notice === 'string' ? values.notice.trim() : null,
    noticeEn: typeof values['notice-en'] === 'string' ? values['notice-en'].trim() : null,
  }
  const checked = await validateRetire(payload, request)
  if ('problems' in checked) {
    err('Không thực hiện / Nothing changed:')
    for (const p of checked.problems) err(`  ✗ ${p}`)
    throw new Refused('')
  }
  for (const line of describeRetire(checked)) out(line)
  if (values['dry-run']) {
    out('Chạy thử (--dry-run): không thay đổi gì / dry run: nothing changed')
    return
  }
  const result = await retireSite(payload, checked)
  out(result.summary)
}

/**
 * Bulk takedown (ADR 0022): every row is checked first and printed with its line; `--dry-run`
 * stops there. Otherwise each good row is written whole or not at all, bad rows are refused
 * with their line, and the portals concerned are rebuilt once at the end.
 */
async function takedown(values: Record<string, string | boolean | string[] | undefined>): Promise<void> {
  const file = typeof values.csv === 'string' ? values.csv : ''
  if (!file) throw new Refused(`Cần --csv. / --csv is required.\n\n${USAGE}`)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (e) {
    throw new Refused(`Không đọc được ${file}: ${(e as Error).message} / Cannot read ${file}.`)
  }
  const payload = await initPayload()
  const { rows, fileProblems } = await checkTakedownCsv(payload, text)
  if (fileProblems.length) {
    err('Không thực hiện / Nothing changed:')
    for (const { line, problem } of fileProblems) err(`  dòng ${String(line).padStart(4)}  ${problem.field.padEnd(10)}  ${problem.vi} / ${problem.en}`)
    throw new Refused('')
  }
  const bad = rows.filter((r) => !r.plan)
  for (const row of rows) {
    if (row.plan) out(`  dòng ${String(row.line).padStart(4)}  ✓ ${describePlan(row.plan)}`)
    else for (const p of row.problems) err(`  dòng ${String(row.line).padStart(4)}  ✗ ${p.field.padEnd(10)}  ${p.vi} / ${p.en}`)
  }
  out(`${rows.length - bad.length} dòng hợp lệ, ${bad.length} dòng bị từ chối / ${rows.length - bad.length} rows valid, ${bad.length} refused`)
  if (values['dry-run']) {
    out('Chạy thử (--dry-run): không thay đổi gì / dry run: nothing changed')
    if (bad.length) process.exitCode = 2
    return
  }
  // Builds run once at the end, for every portal concerned.
  const outcome = await applyTakedownCsv(payload, rows)
  for (const f of outcome.failed) err(`  dòng ${String(f.line).padStart(4)}  ✗ lỗi khi ghi, không thay đổi / failed, nothing changed: ${f.message}`)
  for (const r of outcome.refused.filter((r) => !bad.includes(r))) for (const p of r.problems) err(`  dòng ${String(r.line).padStart(4)}  ✗ ${p.field.padEnd(10)}  ${p.vi} / ${p.en}`)
  out(`Kết quả / summary: ${outcome.applied.length} đã gỡ / taken down, ${outcome.refused.length} bị từ chối / refused, ${outcome.failed.length} lỗi / failed`)
  const sites = [...new Set(outcome.applied.map((a) => String(a.plan.site)))].map((id) => (payload.db.defaultIDType === 'number' ? Number(id) : id))
  if (sites.length && !values['no-build']) {
    const built = await buildSites(payload, sites, 'gỡ bài theo tệp CSV / bulk takedown')
    out(`Xây dựng ${sites.length} cổng: ${built.ok} thành công, ${built.failed} lỗi (${seconds(built.ms)}) / rebuilt`)
    if (built.failed > 0) process.exitCode = 1
  }
  if (outcome.refused.length || outcome.failed.length) process.exitCode = outcome.failed.length ? 1 : 2
}

/** How often `rebuild-all` prints its progress when not on a terminal (a log, a CI job). */
const PROGRESS_EVERY_MS = 2000

/**
 * `rebuild-all` (ADR 0026): start a full rebuild of every live portal, or join the one running
 * (its builds a stopped process left are queued again), then build in this process beside any
 * worker, printing done/total, pages/s and the time left, until every portal of the run is done.
 * `--detach` only starts (or shows) the run and leaves it to the workers.
 */
async function rebuildAll(values: Record<string, string | boolean | string[] | undefined>): Promise<void> {
  const reason = typeof values.reason === 'string' ? values.reason.trim() : ''
  if (reason.length > 500) throw new Refused('--reason dài quá 500 ký tự. / --reason is longer than 500 characters.')
  // How often a progress line is printed (a log file wants fewer; a short run more).
  const every = values.every === undefined ? PROGRESS_EVERY_MS / 1000 : Number(values.every)
  if (!Number.isFinite(every) || every < 0.2 || every > 600) throw new Refused('--every phải là số giây từ 0,2 đến 600. / --every must be a number of seconds from 0.2 to 600.')
  const everyMs = Math.round(every * 1000)
  const payload = await initPayload()
  const requeued = await requeueInterruptedBuilds(payload)
  const started = await startRebuild(payload, { reason, full: Boolean(values.full), startedBy: cliStarter(), join: true })
  const begun = new Date(started.run.startedAt).toLocaleString('vi-VN')
  if (started.joined) {
    out(`Đang có lượt xây dựng lại toàn bộ #${started.run.id} (bắt đầu lúc ${begun}, ${started.run.done}/${started.run.total} cổng): tiếp tục lượt đó, không tạo lượt mới. / A full rebuild is already running (#${started.run.id}, ${started.run.done}/${started.run.total} portals): joining it, no second run.`)
    if (reason || values.full) out('  (--reason/--full của lượt đang chạy được giữ nguyên / the running run keeps its own --reason/--full)')
  } else {
    out(`Bắt đầu xây dựng lại toàn bộ ${started.queued} cổng (lượt #${started.run.id}${started.run.full ? ', dựng lại mọi trang' : ''}), cổng đông người xem trước. / Full rebuild #${started.run.id} of ${started.queued} portals started, most visited first.`)
  }
  if (requeued > 0) out(`${requeued} bản dựng của tiến trình đã dừng được xếp hàng lại / ${requeued} build(s) of a stopped process queued again`)
  if (values.detach) {
    out('Các tiến trình xây dựng (npm run worker hoặc máy chủ) sẽ thực hiện; xem tiến độ trong mục Xây dựng cổng. / The build workers carry it out; see Builds in the admin.')
    return
  }
  const runId = started.run.id
  const tty = process.stdout.isTTY
  let built = 0
  let failedHere = 0
  let lastLine = ''
  let printedAt = 0
  const current = async (): Promise<RunProgress> => {
    const run = await payload.db.findOne<RunDoc>({ collection: 'build-runs', where: { id: { equals: runId } } })
    return runProgress(payload, run!)
  }
  const print = async (force = false) => {
    const p = await current()
    const line = `  ${progressLine(p, 'vi')} / ${progressLine(p, 'en')}`
    if (tty) process.stdout.write(`\r${line}\x1b[K`)
    // 50 ms of slack: a tick can come a little sooner after the last line than the interval.
    else if (force || (line !== lastLine && Date.now() - printedAt >= everyMs - 50)) {
      out(line)
      printedAt = Date.now()
    }
    lastLine = line
    return p
  }
  const ticker = setInterval(() => void print().catch(() => undefined), tty ? Math.min(1000, everyMs) : everyMs)
  ticker.unref()
  let progress: RunProgress
  try {
    for (;;) {
      const outcomes = await runPendingBuilds(payload)
      for (const o of outcomes) {
        if (o.run === undefined || String(o.run) !== String(runId)) continue
        built++
        if (o.status === 'failed') failedHere++
      }
      progress = await current()
      if (progress.status === 'finished') break
      // Builds of the run another process holds: wait for them; a process that died gives its back.
      await new Promise((r) => setTimeout(r, 1000))
      await requeueInterruptedBuilds(payload)
    }
  } finally {
    clearInterval(ticker)
  }
  if (tty) out()
  await print(true)
  const seconds = progress!.elapsedSeconds
  out(
    `Xong lượt #${runId}: ${progress!.done - progress!.failed}/${progress!.total} cổng thành công, ${progress!.failed} lỗi, ${progress!.pages ?? 0} trang trong ${seconds.toFixed(1)} s; tiến trình này xây dựng ${built} cổng. / Run #${runId} finished: ${progress!.done - progress!.failed}/${progress!.total} portals built, ${progress!.failed} failed; this process built ${built}.`,
  )
  if (progress!.failed > 0) {
    err(`${progress!.failed} cổng lỗi (${failedHere} trong tiến trình này): xem mục Xây dựng cổng, lọc theo trạng thái Lỗi. / ${progress!.failed} portals failed: see Builds, filtered by Failed.`)
    process.exitCode = 1
  }
}

/** `visits --log …`: add the page views of nginx access logs (the `cong_visits` format) to each portal. */
async function importVisits(values: Record<string, string | boolean | string[] | undefined>): Promise<void> {
  const files = (values.log as string[] | undefined) ?? []
  if (files.length === 0) throw new Refused(`Cần ít nhất một --log. / At least one --log is required.\n\n${USAGE}`)
  for (const file of files) if (!fs.existsSync(file)) throw new Refused(`Không có tệp ${file}. / No such file: ${file}.`)
  const payload = await initPayload()
  const resolve = await siteResolver(payload, env().portalHostSuffix)
  const total = new Map<string, number>()
  let lines = 0
  let unknown = 0
  for (const file of files) {
    const counted = await countLog(file, resolve)
    out(`${file}: ${counted.lines} dòng, ${counted.pageViews} lượt xem trang / ${counted.lines} lines, ${counted.pageViews} page views`)
    lines += counted.lines
    unknown += counted.unknownHosts
    for (const [site, n] of counted.bySite) total.set(site, (total.get(site) ?? 0) + n)
  }
  if (lines === 0) throw new Refused('Các tệp nhật ký trống. / The logs are empty.')
  if (values.reset) {
    await resetVisits(payload)
    out('Đã đặt lại lượt xem của mọi cổng về 0 / every portal\'s page views set to 0')
  }
  await addVisits(payload, total)
  const views = [...total.values()].reduce((a, b) => a + b, 0)
  out(`Đã cộng ${views} lượt xem trang cho ${total.size} cổng / ${views} page views added to ${total.size} portals`)
  if (unknown > 0) out(`  ${unknown} lượt xem của tên miền không thuộc cổng nào được bỏ qua / page views of unknown hosts skipped`)
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2)
  switch (command) {
    case 'create': {
      const values = parse(args, {
        name: { type: 'string' },
        'name-en': { type: 'string' },
        slug: { type: 'string' },
        domain: { type: 'string', multiple: true },
        level: { type: 'string' },
        parent: { type: 'string' },
        theme: { type: 'string' },
        'unit-code': { type: 'string' },
        'admin-email': { type: 'string' },
        csv: { type: 'string' },
        'no-build': { type: 'boolean' },
        workers: { type: 'string' },
      })
      if (typeof values.csv === 'string') {
        const extra = Object.keys(values).filter((k) => !['csv', 'no-build', 'workers'].includes(k))
        if (extra.length) throw new Refused(`--csv không dùng cùng ${extra.map((k) => `--${k}`).join(', ')}. / --csv cannot be combined with other fields.`)
        return createFromCsv(values.csv, !values['no-build'], values.workers as string | undefined)
      }
      if (values.name === undefined && values.slug === undefined) throw new Refused(`Cần --name, --slug, --domain, --level (hoặc --csv). / Give --name, --slug, --domain and --level, or --csv.\n\n${USAGE}`)
      return createOne(values)
    }
    case 'merge':
      return merge(parse(args, { from: { type: 'string' }, into: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'no-build': { type: 'boolean' } }))
    case 'retire':
      return retire(parse(args, { slug: { type: 'string' }, 'redirect-to': { type: 'string' }, notice: { type: 'string' }, 'notice-en': { type: 'string' }, 'dry-run': { type: 'boolean' } }))
    case 'takedown':
      return takedown(parse(args, { csv: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'no-build': { type: 'boolean' } }))
    case 'rebuild-all':
      return rebuildAll(parse(args, { reason: { type: 'string' }, full: { type: 'boolean' }, detach: { type: 'boolean' }, every: { type: 'string' } }))
    case 'visits':
      return importVisits(parse(args, { log: { type: 'string', multiple: true }, reset: { type: 'boolean' } }))
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE)
      return
    default:
      throw new Refused(`Lệnh "${command}" không có. / Unknown command "${command}".\n\n${USAGE}`)
  }
}

try {
  env()
  await main()
  process.exit(process.exitCode ?? 0)
} catch (e) {
  if (e instanceof Refused) {
    if (e.message) err(e.message)
    process.exit(2)
  }
  err(`cong site: ${e instanceof ConfigError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  process.exit(1)
}
