/**
 * Who may read a document file (`legal-files`): the public only when a published legal document
 * (its attachments), a published procedure (its dossier forms) or a published consultation that
 * has opened (its draft files) uses it; otherwise only the staff of the file's site (and platform
 * admins). A draft's attachments and the files of a consultation announced for later stay
 * private, in listings and downloads alike.
 *
 * The set of public file ids is read with three small queries and kept for a few seconds (so a
 * publish or unpublish in any server process counts within that time), and at most until the
 * next announced consultation opens.
 */
import type { Access, Payload, Where } from 'payload'

import { asUser, dbIds, isPlatformAdmin, siteIdsOf } from '../../cms/src/access/roles'
import { idOf } from '../../cms/src/lib/ids'
import { legalClock } from './derived'

const TTL_MS = 5_000

let cache: { until: number; ids: string[] } | null = null
let loading: Promise<string[]> | null = null

type Doc = Record<string, unknown>
const rows = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])

async function load(payload: Payload): Promise<string[]> {
  const now = legalClock.now()
  const published: Where = { _status: { equals: 'published' } }
  const [documents, procedures, consultations] = await Promise.all([
    payload.find({ collection: 'legal-documents', where: published, pagination: false, depth: 0, draft: false, overrideAccess: true, select: { attachments: true } }),
    payload.find({ collection: 'procedures', where: published, pagination: false, depth: 0, draft: false, overrideAccess: true, select: { dossier: true } }),
    payload.find({ collection: 'consultations', where: published, pagination: false, depth: 0, draft: false, overrideAccess: true, select: { draftFiles: true, opensAt: true } }),
  ])
  const ids = new Set<string>()
  const add = (value: unknown) => {
    const id = idOf(value)
    if (id !== null) ids.add(String(id))
  }
  for (const d of documents.docs as Doc[]) for (const a of rows(d.attachments)) add(a.file)
  for (const p of procedures.docs as Doc[]) for (const item of rows(p.dossier)) add(item.form)
  let nextOpening = Infinity
  for (const c of consultations.docs as Doc[]) {
    const opens = typeof c.opensAt === 'string' ? Date.parse(c.opensAt) : NaN
    if (opens > now.getTime()) {
      nextOpening = Math.min(nextOpening, opens)
      continue
    }
    for (const f of rows(c.draftFiles)) add(f.file)
  }
  cache = { until: Math.min(Date.now() + TTL_MS, nextOpening), ids: [...ids] }
  return cache.ids
}

/** Ids (as strings) of the files the public may read now. */
export async function publicLegalFileIds(payload: Payload): Promise<string[]> {
  if (cache && Date.now() < cache.until) return cache.ids
  loading ??= load(payload).finally(() => (loading = null))
  return loading
}

/** Forget the cached set (tests, and after the platform's own bulk changes). */
export function forgetPublicLegalFiles(): void {
  cache = null
}

export const readLegalFiles: Access = async ({ req }) => {
  const user = asUser(req)
  if (isPlatformAdmin(user)) return true
  const publicIds = dbIds(req, await publicLegalFileIds(req.payload))
  const own = dbIds(req, siteIdsOf(user))
  const conditions: Where[] = []
  if (publicIds.length) conditions.push({ id: { in: publicIds } })
  if (own.length) conditions.push({ site: { in: own } })
  return conditions.length ? { or: conditions } : false
}
