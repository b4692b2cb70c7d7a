/**
 * `npm run bench:publish`: time from an editor's publish (REST POST with _status=published) to
 * the updated static page being served, and from unpublish to the page being gone. Runs a real
 * server on a fresh data directory. Last line: one JSON object.
 */
import { startServer, SEED_PASSWORD, waitFor } from '../helpers/server'

const ROUNDS = Number(process.env.ROUNDS ?? 8)

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const server = await startServer()
try {
  const host = `ha-tinh.localhost:${server.port}`
  await waitFor(async () => ((await server.request(host, '/')).status === 200 ? true : undefined), 240_000, 'first build')
  await waitFor(async () => ((await server.api('/healthz')).json().buildQueue.queued === 0 ? true : undefined), 240_000, 'idle queue')
  const login = await server.api('/api/users/login', { method: 'POST', json: { email: 'bientap.hatinh@cong.gov.vn', password: SEED_PASSWORD } })
  const token = login.json().token as string
  const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id

  const publish: number[] = []
  const unpublish: number[] = []
  const builds: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = Date.now()
    const res = await server.api('/api/news?depth=0', {
      method: 'POST',
      token,
      json: { title: `Tin đo thời gian xuất bản số ${i} ${Date.now()}`, summary: 'Đo thời gian.', site, _status: 'published' },
    })
    const doc = res.json().doc
    await waitFor(async () => ((await server.request(host, `/tin-tuc/${doc.slug}/`)).status === 200 ? true : undefined), 120_000, 'publish')
    publish.push(Date.now() - t0)
    const t1 = Date.now()
    await server.api(`/api/news/${doc.id}?depth=0`, { method: 'PATCH', token, json: { _status: 'draft', workflow: { unpublishReason: 'Đo thời gian gỡ bài.' } } })
    await waitFor(async () => ((await server.request(host, `/tin-tuc/${doc.slug}/`)).status === 404 ? true : undefined), 120_000, 'unpublish')
    unpublish.push(Date.now() - t1)
  }
  const history = await server.api('/api/builds?sort=-finishedAt&limit=' + ROUNDS * 2 + '&depth=0', { token: (await server.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: SEED_PASSWORD } })).json().token })
  for (const b of history.json().docs) if (b.durationMs) builds.push(b.durationMs)
  console.log(`publish → page served: p50 ${pct(publish, 50)} ms, p95 ${pct(publish, 95)} ms over ${ROUNDS} rounds`)
  console.log(`unpublish → page gone: p50 ${pct(unpublish, 50)} ms, p95 ${pct(unpublish, 95)} ms`)
  console.log(`build (queue claim → portal switched): p50 ${pct(builds, 50)} ms`)
  console.log(
    JSON.stringify({
      rounds: ROUNDS,
      publish_to_static_ms_p50: pct(publish, 50),
      publish_to_static_ms_p95: pct(publish, 95),
      unpublish_to_gone_ms_p50: pct(unpublish, 50),
      unpublish_to_gone_ms_p95: pct(unpublish, 95),
      build_ms_p50: pct(builds, 50),
    }),
  )
} finally {
  await server.stop()
}
