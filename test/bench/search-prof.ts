/**
 * Profiling harness for the embedded engine (not a benchmark): builds the bench:search corpus
 * into DIR once (default `<tmp>/cong-search-prof`, kept between runs), opens it and times each
 * query kind N times (default 100), printing wall-time percentiles and the process CPU time per
 * query, which is steadier than wall time on a shared machine. KIND=<substring> picks kinds.
 *
 *   node --import tsx test/bench/search-prof.ts        (add --cpu-prof to profile)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { EmbeddedEngine, openEmbeddedEngine } from '../../plugins/search/embedded/engine'
import { percentile } from '../../plugins/search/eval'
import { generate, queryMix } from './search'

const dir = process.env.DIR ?? path.join(os.tmpdir(), 'cong-search-prof')
const { docs, numbers } = generate()
let engine: EmbeddedEngine
if (!fs.existsSync(`${dir}/CURRENT`)) {
  engine = await openEmbeddedEngine({ dir })
  for (let i = 0; i < docs.length; i += 1000) await engine.upsert(docs.slice(i, i + 1000))
  await engine.close()
}
const t = performance.now()
engine = await openEmbeddedEngine({ dir })
console.log('open ms', Math.round(performance.now() - t), JSON.stringify(engine.stats()))
const kinds = queryMix(docs, numbers).filter((k) => !process.env.KIND || k.name.includes(process.env.KIND))
for (let w = 0; w < 3; w++) for (const k of kinds) engine.searchSync(k.make())
for (const k of kinds) {
  const times: number[] = []
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < Number(process.env.N ?? 100); i++) {
    const p = k.make()
    const s = performance.now()
    engine.searchSync(p)
    times.push(performance.now() - s)
  }
  times.sort((a, b) => a - b)
  const cpu = process.cpuUsage(cpu0)
  console.log(k.name.padEnd(28), 'p50', percentile(times, 50).toFixed(2), 'p95', percentile(times, 95).toFixed(2), 'cpu/query', ((cpu.user + cpu.system) / 1000 / times.length).toFixed(2))
}
