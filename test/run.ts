/**
 * `npm test` after the type check: the whole suite on SQLite and, at the same time in a second
 * vitest process, the database suites on PostgreSQL (a throwaway cluster), like Payload runs its
 * own tests once per adapter; on MongoDB too when MONGODB_URI reaches a server (otherwise the
 * reason is printed). The admin is built once first, so the passes share it.
 *
 * Then the quiet pass: measurements (Lighthouse) alone on the machine, since two passes beside
 * them make their figures a matter of luck on 2 cores.
 *
 * TEST_PASSES=serial runs the passes one after the other (a busier machine); TEST_ONLY=sqlite|postgres|quiet
 * runs one. Extra arguments go to every vitest (e.g. a file filter). The last line counts all passes.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ensureAdminBuild } from '../cms/src/server/adminBuild'

type Pass = { name: string; code: number | null; counts: { passed: number; failed: number; skipped: number; files: number; failedFiles: number }; ms: number }

const root = process.cwd()
const out = path.join(root, 'test-results')
fs.mkdirSync(out, { recursive: true })
const say = (line: string) => process.stdout.write(`${line}\n`)
const extra = process.argv.slice(2)

async function mongoReachable(uri: string): Promise<string | null> {
  const { default: mongoose } = await import('mongoose')
  const conn = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000, connectTimeoutMS: 5000 })
  try {
    await conn.asPromise()
    await conn.db?.admin().ping()
    return null
  } catch (err) {
    return err instanceof Error ? err.message.split('\n')[0]! : String(err)
  } finally {
    await conn.close().catch(() => undefined)
  }
}

function runPass(name: string): Promise<Pass> {
  const started = Date.now()
  const json = path.join(out, `${name}.json`)
  fs.rmSync(json, { force: true })
  const bin = path.join(root, 'node_modules', 'vitest', 'vitest.mjs')
  const child = spawn(process.execPath, [bin, 'run', '--project', name, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`, ...extra], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', CONG_ADMIN_BUILT: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = fs.createWriteStream(path.join(out, `${name}.log`))
  const prefix = `[${name}] `
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = ''
    stream.on('data', (chunk: Buffer) => {
      log.write(chunk)
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) process.stdout.write(prefix + line + '\n')
    })
    stream.on('end', () => rest && process.stdout.write(prefix + rest + '\n'))
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      log.end()
      const counts = { passed: 0, failed: 0, skipped: 0, files: 0, failedFiles: 0 }
      try {
        const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; testResults: Array<{ status: string }> }
        counts.passed = report.numPassedTests
        counts.failed = report.numFailedTests
        counts.skipped = report.numPendingTests + report.numTodoTests
        counts.files = report.testResults.length
        // A file whose hooks fail has no failed test, only a failed file: count those too.
        counts.failedFiles = report.testResults.filter((f) => f.status === 'failed').length
      } catch {
        counts.failed = Math.max(1, counts.failed)
      }
      resolve({ name, code, counts, ms: Date.now() - started })
    })
  })
}

const started = Date.now()
const admin = await ensureAdminBuild(root, say)
if (admin.built) say(`admin built in ${(admin.ms / 1000).toFixed(1)} s`)

const only = process.env.TEST_ONLY
const passes = ['sqlite', 'postgres'].filter((p) => !only || only === p)
if (process.env.MONGODB_URI && (!only || only === 'mongodb')) {
  const problem = await mongoReachable(process.env.MONGODB_URI)
  if (problem) say(`MongoDB pass skipped: MONGODB_URI is set but unreachable (${problem}).`)
  else passes.push('mongodb')
} else if (!only) {
  say('MongoDB pass skipped: MONGODB_URI is not set (no MongoDB server can be installed on this machine; set MONGODB_URI to a replica set to run the database suites on it).')
}

let results: Pass[]
if (process.env.TEST_PASSES === 'serial') {
  results = []
  for (const p of passes) results.push(await runPass(p))
} else {
  results = await Promise.all(passes.map(runPass))
}
if (!only || only === 'quiet') results.push(await runPass('quiet'))

say('')
for (const r of results) {
  const files = `${r.counts.files} files${r.counts.failedFiles ? ` (${r.counts.failedFiles} failed)` : ''}`
  const exit = r.code === 0 ? '' : `, exit ${r.code}`
  say(`${r.name.padEnd(9)} ${files}: ${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped (${(r.ms / 1000).toFixed(0)} s${exit})`)
}
const total = results.reduce((t, r) => ({ passed: t.passed + r.counts.passed, failed: t.failed + r.counts.failed, skipped: t.skipped + r.counts.skipped, failedFiles: t.failedFiles + r.counts.failedFiles }), { passed: 0, failed: 0, skipped: 0, failedFiles: 0 })
say(`all passes in ${((Date.now() - started) / 1000).toFixed(0)} s`)
say(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped${total.failedFiles ? `; ${total.failedFiles} files failed` : ''}`)
process.exit(results.every((r) => r.code === 0) ? 0 : 1)
