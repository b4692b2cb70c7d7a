/**
 * `npm run bench:provision`: import a CSV of 500 portals (one province, one department, 498
 * communes; one admin invitation in ten) into a fresh embedded database with
 * `npm run site -- create --csv --no-build`, then re-run the same file (everything unchanged).
 * `-- --rows N` changes the size, `-- --workers N` the number of import processes (default: the
 * command's own choice), `-- --build` also builds them all in one batch. `-- --platform DIR`
 * imports into a grown platform instead of an empty one: a directory `npm run bench:scale` kept
 * (`KEEP_DATA=1`: its `data/` and `sites/`), which the import then leaves grown (issue 17: the cost
 * per portal should not depend on how many portals exist).
 * Last line: one JSON object.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '500' }, build: { type: 'boolean', default: false }, workers: { type: 'string' }, platform: { type: 'string' } } })
const rows = Number(values.rows)
const platform = values.platform ? path.resolve(values.platform) : null
if (platform && !fs.existsSync(path.join(platform, 'data'))) throw new Error(`--platform ${platform}: no data/ there (a directory bench:scale kept with KEEP_DATA=1)`)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-provision-'))
const dataDir = platform ? path.join(platform, 'data') : tmp
const sitesDir = platform ? path.join(platform, 'sites') : path.join(tmp, 'sites')
const file = path.join(tmp, 'sites.csv')

// On a grown platform the 34 province codes and the commune codes are taken: the new department
// and communes go under one of its provinces, the communes without a code.
const sql = (query: string) => String(spawnSync('sqlite3', [path.join(dataDir, 'cong.db'), query], { encoding: 'utf8' }).stdout ?? '').trim()
const province = platform ? sql("SELECT slug FROM sites WHERE level = 'tinh' AND status = 'active' ORDER BY id LIMIT 1") : 'tinh-thu-nghiem'
if (!province) throw new Error(`--platform ${platform}: no province found (sqlite3 is needed to read it)`)
const lines = [
  'name,slug,domain,level,parent,theme,unitCode,adminEmail',
  ...(platform ? [] : ['Cổng thông tin điện tử tỉnh Thử Nghiệm,tinh-thu-nghiem,thunghiem.gov.vn,tinh,,,01,quantri@thunghiem.gov.vn']),
  `Sở Nội vụ tỉnh Thử Nghiệm,so-noi-vu-thu-nghiem,snv.thunghiem.gov.vn,truc-thuoc,${province},,,`,
  ...Array.from({ length: rows - (platform ? 1 : 2) }, (_, i) => `Trang thông tin điện tử xã Thử ${i + 1},xa-thu-${i + 1},xathu${i + 1}.thunghiem.gov.vn,xa,${province},,${platform ? '' : String(20001 + i).padStart(5, '0')},${i % 10 === 0 ? `qt${i + 1}@thunghiem.gov.vn` : ''}`),
]
fs.writeFileSync(file, `${lines.join('\n')}\n`)
const before = platform ? sql('SELECT count(*) FROM sites') : '0'

function run(args: string[]): Promise<{ code: number | null; out: string; ms: number }> {
  const t0 = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/cli/site.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, SITES_DIR: sitesDir, SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    const collect = (c: Buffer) => {
      out += c
      process.stdout.write(c)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('close', (code) => resolve({ code, out, ms: Date.now() - t0 }))
  })
}

const rate = (out: string) => Number(/\(([\d.]+) cổng\/s\)/.exec(out)?.[1] ?? NaN)
const seconds = (out: string) => Number(/cổng trong ([\d.]+) s/.exec(out)?.[1] ?? NaN)

try {
  const workers = values.workers ? ['--workers', values.workers] : []
  const first = await run(['create', '--csv', file, ...workers, ...(values.build ? [] : ['--no-build'])])
  if (first.code !== 0) throw new Error(`import failed (exit ${first.code})`)
  const again = await run(['create', '--csv', file, ...workers, '--no-build'])
  if (again.code !== 0) throw new Error(`re-run failed (exit ${again.code})`)
  const build = /Xây dựng xong: .*?, ([\d.]+) s/.exec(first.out)?.[1]
  process.stdout.write(
    `${JSON.stringify({
      rows,
      platformSitesBefore: platform ? Number(before) : 0,
      workers: Number(/bằng (\d+) tiến trình/.exec(first.out)?.[1] ?? 1),
      cpus: os.availableParallelism(),
      importSeconds: seconds(first.out),
      sitesPerSecond: rate(first.out),
      rerunSeconds: seconds(again.out),
      rerunSitesPerSecond: rate(again.out),
      buildSeconds: build ? Number(build) : null,
      commandSeconds: Math.round(first.ms / 100) / 10,
    })}\n`,
  )
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}
