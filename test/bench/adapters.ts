/**
 * Runs one benchmark on each database adapter we can run here, one after the other in processes
 * of their own (one Payload per process), and puts their figures side by side:
 * `node --import tsx test/bench/adapters.ts build` → SQLite, then PostgreSQL (a durable throwaway
 * cluster). Each run's output is shown as it goes; the last line is one JSON object with both
 * results and PostgreSQL ÷ SQLite for every number. BENCH_DBS=sqlite,postgres chooses the adapters.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const bench = process.argv[2]
if (!bench || !/^[a-z-]+$/.test(bench)) {
  console.error('usage: node --import tsx test/bench/adapters.ts <bench name, e.g. build>')
  process.exit(2)
}
const adapters = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',')

function run(db: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, `${bench}.ts`)], { env: { ...process.env, BENCH_DB: db }, stdio: ['ignore', 'pipe', 'inherit'] })
    let last = ''
    let rest = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) {
        process.stdout.write(`[${db}] ${line}\n`)
        if (line.trim()) last = line.trim()
      }
    })
    child.on('close', (code) => {
      if (rest.trim()) last = rest.trim()
      if (code !== 0) return reject(new Error(`bench:${bench} on ${db} exited with ${code}`))
      try {
        resolve(JSON.parse(last) as Record<string, unknown>)
      } catch {
        reject(new Error(`bench:${bench} on ${db}: the last line is not JSON: ${last}`))
      }
    })
  })
}

const results: Record<string, Record<string, unknown>> = {}
for (const db of adapters) results[db] = await run(db)
const ratio: Record<string, number> = {}
if (results.sqlite && results.postgres) {
  for (const [key, value] of Object.entries(results.postgres)) {
    const base = results.sqlite[key]
    if (typeof value === 'number' && typeof base === 'number' && base !== 0) ratio[key] = Math.round((value / base) * 100) / 100
  }
}
console.log(JSON.stringify({ bench, ...results, postgres_vs_sqlite: ratio }))
