/**
 * The live dialogue session the load benchmarks (bench:dialogue, bench:cluster) drive: the Hà Tĩnh
 * moderator's token and a session opened for the run.
 */
import { type Reply, SEED_PASSWORD } from '../helpers/server'

type Api = (urlPath: string, init?: { method?: string; token?: string; json?: unknown }) => Promise<Reply>

export async function openLiveSession(api: Api, title: string, slug: string): Promise<{ token: string; sessionId: number | string }> {
  const token = (await api('/api/users/login', { method: 'POST', json: { email: 'dieuphoi.hatinh@cong.gov.vn', password: SEED_PASSWORD } })).json().token as string
  const site = (await api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
  const session = await api('/api/dialogue-sessions?depth=0', {
    method: 'POST',
    token,
    json: { title, slug, site, state: 'live', startsAt: '2026-11-24T02:00:00.000Z', endsAt: '2026-11-24T04:00:00.000Z' },
  })
  if (session.status !== 201) throw new Error(`could not create the session: ${session.body}`)
  return { token, sessionId: session.json().doc.id }
}
