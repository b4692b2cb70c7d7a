/**
 * `npm run legal -- import <file.csv|file.json> [--site <slug>] [--kind documents|procedures] [--dry-run]`
 *
 * Checks every row first and prints one line per problem (row, field, reason); writes only when
 * every row is valid, and undoes its own writes if one still fails. Re-running updates instead of
 * duplicating. A progress bar is drawn on a terminal; plain lines are printed otherwise.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SingleBar } from 'cli-progress'

import { initPayload } from '../boot'
import { ConfigError } from '../config/env'
import { type ImportKind, type ImportReport, runImport } from '../../../plugins/legal/import/run'

const USAGE = `Cách dùng / usage:
  npm run legal -- import <tệp.csv|tệp.json> [--site <slug>] [--kind documents|procedures] [--dry-run]`

function progress(): { update: (done: number, total: number) => void; stop: () => void } {
  const started = Date.now()
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1)
  if (process.stdout.isTTY) {
    const bar = new SingleBar({ format: '  {bar} {value}/{total} ({percentage}%) · {rate} dòng/s · còn {eta_formatted}', hideCursor: true })
    let begun = false
    return {
      update: (done, total) => {
        if (!begun) bar.start(total, 0, { rate: '0' })
        begun = true
        bar.update(done, { rate: rate(done) })
      },
      stop: () => begun && bar.stop(),
    }
  }
  let last = 0
  return {
    update: (done, total) => {
      // Plain lines for logs and CI: every 10% and at the end.
      if (done === total || done - last >= Math.max(1, Math.floor(total / 10))) {
        last = done
        process.stdout.write(`  ${done}/${total} (${Math.round((done / total) * 100)}%) ${rate(done)} dòng/s\n`)
      }
    },
    stop: () => undefined,
  }
}

function print(report: ImportReport, file: string) {
  const say = (line: string) => process.stdout.write(`${line}\n`)
  const what = report.kind === 'documents' ? 'văn bản' : 'thủ tục'
  if (report.errors.length) {
    say(`${path.basename(file)}: ${report.errors.length} lỗi trên ${new Set(report.errors.map((e) => e.row)).size}/${report.total} dòng${report.rolledBack ? '; đã hoàn tác mọi thay đổi của lần nhập này' : '; chưa ghi gì'} / ${report.errors.length} problem(s), nothing imported`)
    for (const e of report.errors) say(`  dòng ${e.row}, trường ${e.field}: ${e.reason}`)
    return
  }
  const creates = report.plan.filter((p) => p.action === 'create').length
  if (report.dryRun) {
    say(`Thử (--dry-run): ${report.total} dòng hợp lệ; sẽ tạo ${creates}, cập nhật ${report.plan.length - creates} ${what}; không ghi gì. / Dry run: all rows valid, nothing written.`)
  } else {
    say(`Đã nhập ${report.total} dòng: tạo ${report.created}, cập nhật ${report.updated} ${what}. / Imported: ${report.created} created, ${report.updated} updated.`)
  }
  if (report.external) say(`  ${report.external} văn bản được dẫn không có trên hệ thống: giữ dạng số ký hiệu. / ${report.external} reference(s) kept as external numbers.`)
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { site: { type: 'string' }, kind: { type: 'string', default: 'documents' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  })
  const [command, file] = positionals
  if (values.help || command !== 'import' || !file) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(values.help ? 0 : 2)
  }
  const kind = values.kind === 'procedures' || values.kind === 'thu-tuc' ? 'procedures' : values.kind === 'documents' || values.kind === 'van-ban' ? 'documents' : null
  if (!kind) throw new ConfigError(`--kind phải là documents hoặc procedures (đã nhận "${values.kind}").`)
  const payload = await initPayload()
  const bar = progress()
  const started = Date.now()
  const report = await runImport(payload, { file, kind: kind as ImportKind, site: values.site ?? null, dryRun: values['dry-run'] ?? false, onProgress: bar.update })
  bar.stop()
  print(report, file)
  if (!report.errors.length && !report.dryRun) process.stdout.write(`  Thời gian: ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  process.exit(report.errors.length ? 1 : 0)
}

main().catch((err: unknown) => {
  // Problems with the file itself (unreadable, not CSV/JSON) are one line; anything else gets its stack.
  const plain = err instanceof ConfigError || (err instanceof Error && (err.name === 'SyntaxError' || 'code' in err))
  process.stderr.write(`cong legal: ${plain || (err instanceof Error && err.message.includes(' / ')) ? (err as Error).message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(err instanceof ConfigError ? 2 : 1)
})
