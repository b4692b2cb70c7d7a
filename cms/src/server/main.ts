/**
 * `npm start`: check the configuration, build the admin if needed, start Payload (running the
 * migrations and, on an empty embedded database, the demo seed), then serve the admin, the API
 * and every portal from one express server.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ConfigError, env } from '../config/env'
import { payloadSecret } from '../config/secrets'
import { PreflightError, preflight } from './preflight'
import { guardStdio } from '../lib/stdio'

/**
 * The server's modules (Next.js, Payload, every plugin): loaded once the configuration and the
 * services it names have been checked, so a bad setting stops start-up in about a second instead
 * of after the seconds these take to load.
 */
async function serverModules() {
  const [{ default: next }, queue, release, renderer, adminBuild, app, jobs, lib, ownership, sync, limits, maintenance, hub, visits] = await Promise.all([
    import('next'),
    import('../../../plugins/portals/build/queue'),
    import('../../../plugins/portals/build/release'),
    import('../../../plugins/portals/build/renderer'),
    import('./adminBuild'),
    import('./app'),
    import('./jobs'),
    import('../lib/bus'),
    import('../../../plugins/search/ownership'),
    import('../../../plugins/search/sync'),
    import('../limits/store'),
    import('../db/maintenance'),
    import('../../../plugins/dialogue/hub'),
    import('../../../plugins/portals/visits'),
  ])
  return { next, ...queue, ...release, ...renderer, ...adminBuild, ...app, ...jobs, ...lib, ...ownership, ...sync, ...limits, ...maintenance, ...hub, ...visits }
}

guardStdio()

const t0 = Date.now()
const dev = process.argv.includes('--dev')
const say = (line: string) => process.stdout.write(`${line}\n`)
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`

function fail(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err)
  process.stderr.write(`cong: ${message}\n`)
  process.exit(1)
}

let onStdinEnd: () => void = () => process.exit(0)

async function main() {
  let e
  try {
    e = env()
    payloadSecret()
    await preflight(e)
  } catch (err) {
    if (err instanceof ConfigError || err instanceof PreflightError) fail(err)
    throw err
  }
  const {
    next,
    requestBuild,
    liveRelease,
    readManifest,
    currentTemplatesHash,
    ensureAdminBuild,
    createApp,
    startJobRunner,
    bus,
    openSearchForServer,
    setSearchOwnership,
    queueFullSync,
    closeLimitStore,
    closeDatabase,
    watchStatistics,
    liveHub,
    VisitCounter,
  } = await serverModules()
  // A supervisor (or a test runner) that holds our stdin: when it goes, so do we, also while
  // still starting.
  if (e.exitOnStdinEnd) {
    process.stdin.once('end', () => onStdinEnd())
    process.stdin.once('error', () => onStdinEnd())
    process.stdin.resume()
  }
  // Several processes: live events and cache invalidations travel through Redis (ADR 0016).
  if (e.redisUrl) {
    await bus()
      .connect(e.redisUrl)
      .catch((err: unknown) => fail(`Redis at REDIS_URL is unreachable (${err instanceof Error ? err.message : String(err)}): check REDIS_URL or start Redis.`))
  }

  if (!dev && e.buildAdminOnStart) {
    const admin = await ensureAdminBuild(e.repoRoot, say)
    if (admin.built) say(`Giao diện quản trị đã dựng xong sau ${(admin.ms / 1000).toFixed(1)} s.`)
  }

  const { initPayload } = await import('../boot')
  const payload = await initPayload()
  // nginx includes these maps: they must exist (even empty) before it starts.
  const { writeRedirectMaps } = await import('../../../plugins/lifecycle/redirectMaps')
  await writeRedirectMaps(payload).catch((err) => payload.logger.error({ err, msg: 'Cannot write the redirect maps' }))

  let logins: { email: string; role: string }[] = []
  let password: string | null = null
  if (e.seedOnStart) {
    const { seedIfEmpty } = await import('../../../seed/index')
    const seeded = await seedIfEmpty(payload, { password: e.seedPassword })
    if (seeded) ({ logins, password } = seeded)
  }

  // The search engine: the first web process owns the embedded index (runs the search queue and
  // writes it), the others read the same files and take over when the owner is gone (ADR 0016).
  const search = await openSearchForServer(payload, e)
  setSearchOwnership(search)

  const nextApp = next({ dev, dir: path.join(e.repoRoot, 'cms'), hostname: 'localhost', port: e.port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  // Page views counted in memory: added to the database every VISITS_FLUSH_MS and when stopping.
  const visits = new VisitCounter(payload, e.visitsFlushMs)
  const app = createApp({ payload, env: e, dev, visits, nextHandler: (req, res) => handle(req, res) })

  const server = app.listen(e.port, e.bindHost)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  }).catch((err: NodeJS.ErrnoException) =>
    fail(err.code === 'EADDRINUSE' ? `Port ${e.port} is already in use: set PORT to a free port.` : err),
  )

  const stopJobs = e.jobsInProcess ? startJobRunner(payload, e.jobsPollMs) : null
  // SQLite's planner statistics follow the platform as it grows (ADR 0025).
  const stopStatistics = watchStatistics(payload)
  // An empty index with content in the database (first start, a new engine, a deleted data/search):
  // every active portal is synced through the queue, by the owner. Not into the embedded engine
  // when the platform holds more than it is made for (ADR 0010): filling it would keep the
  // server busy for hours and end at its 2 GiB segment; the operator is told to set MEILI_HOST.
  search.onOwner((engine) => {
    void (async () => {
      if ((await engine.count()) !== 0) return
      const result = await queueFullSync(payload, e.meiliHost ? Infinity : e.embeddedSearchMax)
      if ('beyond' in result) {
        say(
          `Chỉ mục tìm kiếm trống nhưng nền tảng có ${result.beyond.toLocaleString('vi-VN')} tài liệu, vượt mức ${e.embeddedSearchMax.toLocaleString('vi-VN')} của công cụ tìm kiếm nhúng: không tự dựng chỉ mục; đặt MEILI_HOST (ADR 0010). / ` +
            `Empty search index, but the platform holds ${result.beyond.toLocaleString('en')} documents, beyond the embedded engine's ${e.embeddedSearchMax.toLocaleString('en')} (EMBEDDED_SEARCH_MAX): not indexing them at start; set MEILI_HOST (ADR 0010).`,
        )
      } else if (result.queued > 0) say(`Chỉ mục tìm kiếm trống: đã xếp hàng đồng bộ ${result.queued} cổng / empty search index: ${result.queued} portal(s) queued for indexing`)
    })().catch((err: unknown) => payload.logger.error({ err, msg: 'Cannot queue the first search sync' }))
  })

  // Portals never built (fresh database, deleted dist/), or built with other templates (a new
  // version of the themes was deployed), are queued once at start.
  const templates = await currentTemplatesHash()
  const sites = await payload.find({ collection: 'sites', where: { status: { equals: 'active' } }, pagination: false, depth: 0, overrideAccess: true })
  for (const site of sites.docs) {
    const slug = site.slug as string
    if (!fs.existsSync(path.join(e.sitesDir, slug, 'index.html'))) {
      await requestBuild(payload, site.id, 'khởi động: chưa có bản dựng (first build)')
    } else if ((await readManifest(await liveRelease(slug)))?.templates !== templates) {
      await requestBuild(payload, site.id, 'khởi động: giao diện mới (new templates)')
    }
  }

  const base = `http://localhost:${e.port}`
  say('')
  say(`Cổng đã sẵn sàng sau ${since()} / Cổng is up after ${since()}`)
  say(`  Danh sách cổng (portal list): ${base}/`)
  say(`  Quản trị (admin):             ${base}/admin`)
  say(`  REST API:                     ${base}/api   GraphQL: ${base}/api/graphql`)
  say(`  Tình trạng (health):          ${base}/healthz`)
  for (const site of sites.docs.slice(0, 10)) say(`  Cổng ${site.name}: http://${site.slug}.${e.portalHostSuffix}:${e.port}/`)
  if (sites.docs.length > 10) say(`  … và ${sites.docs.length - 10} cổng khác (xem ${base}/)`)
  if (logins.length) {
    say('  Tài khoản thử nghiệm (demo logins):')
    for (const l of logins) say(`    ${l.role.padEnd(28)} ${l.email}`)
    say(password ? `    Mật khẩu (password): ${password}   ← chỉ in một lần / printed once` : '    Mật khẩu: giá trị của SEED_PASSWORD')
    say(`    Quản trị nền tảng: bật xác thực hai lớp tại ${base}/admin/bao-mat sau lần đăng nhập đầu / platform admins enrol two-factor there first`)
  }
  say(`  Cơ sở dữ liệu: ${e.database.kind}${e.database.kind === 'sqlite' ? ` (${e.database.file})` : ''} · tìm kiếm: ${e.meiliHost ? 'meilisearch' : 'embedded'} · jobs: ${e.jobsInProcess ? 'trong tiến trình (in process)' : 'worker riêng (npm run worker)'}`)

  // Stop taking requests and let those under way finish (live streams are ended: they never do),
  // stop the background work, then close the database: its pool ends only once every client is
  // back, so it comes last. The 15 s limit is for a request or job that does not finish.
  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    say(`Nhận ${signal}, đang dừng… / stopping…`)
    setTimeout(() => {
      say('Chưa dừng xong sau 15 s, thoát / not stopped after 15 s, exiting')
      process.exit(1)
    }, 15_000).unref()
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    liveHub().stop()
    const cut = setTimeout(() => server.closeAllConnections(), 5_000)
    await closed
    clearTimeout(cut)
    await stopJobs?.()
    await stopStatistics()
    await visits.stop()
    await search.stop()
    await bus().close()
    await closeLimitStore()
    const open = await closeDatabase(payload)
    say(`Đã dừng: đã đóng cơ sở dữ liệu, còn ${open} kết nối / stopped: database closed, ${open} connection(s) open`)
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  onStdinEnd = () => void shutdown('stdin closed')
}

main().catch((err) => {
  process.stderr.write(`cong: start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
