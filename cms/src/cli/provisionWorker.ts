/**
 * A helper process of `npm run site -- create --csv` for large files: it boots its own Payload
 * and provisions the rows it is sent, one site at a time, reporting each over IPC. Payload's work
 * per site is mostly JavaScript on one core, so two processes import nearly twice as fast; the
 * database serialises their writes (SQLite: one writer at a time, busy timeout).
 */
import { initPayload } from '../boot'
import { loadDirectory, loadKnownSites, provisionSite, relaxDurabilityForImport } from '../../../plugins/lifecycle/provisioning/provision'
import type { ImportMessage, WorkerMessage } from '../../../plugins/lifecycle/provisioning/importWorkers'

const send = (message: WorkerMessage) => process.send!(message)

try {
  const payload = await initPayload()
  const restore = await relaxDurabilityForImport(payload)
  process.on('message', async (message: ImportMessage) => {
    if (message.type === 'exit') {
      await restore()
      process.exit(0)
    }
    // Rows of one wave only name parents of earlier waves: read them fresh.
    const directory = await loadDirectory(payload, await loadKnownSites(payload))
    for (const row of message.rows) {
      try {
        const outcome = await provisionSite(payload, row.request!, { directory, existing: row.existing })
        send({ type: 'done', line: row.line, outcome })
      } catch (err) {
        send({ type: 'failed', line: row.line, slug: row.request!.slug, message: err instanceof Error ? err.message : String(err) })
        break
      }
    }
    send({ type: 'idle' })
  })
  send({ type: 'ready' })
} catch (err) {
  process.stderr.write(`import worker: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
}
