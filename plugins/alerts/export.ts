/**
 * The portals' part of change notes: for each site, its published documents (of every collection
 * following the workflow) that have notes of major updates, with their page's path, newest note
 * first. Read like every exporter: access control on, no user, published versions only; one
 * query per collection per build run (`prepare`), not per portal.
 */
import type { Payload, Where } from 'payload'

import type { DocumentChanges } from '../../cms/src/contracts/alerts'
import { contributionOf, contributions } from '../../cms/src/contributions'
import { idOf } from '../../cms/src/lib/ids'
import { publicRead } from '../portals/build/export'
import type { ExportContext, PortalExporter } from '../portals/types'
import { titleOf } from './notify'

const KEY = 'alerts:changeNotes'

async function load(payload: Payload, scope: ReadonlyArray<number | string> | undefined): Promise<Map<string, DocumentChanges[]>> {
  const bySite = new Map<string, DocumentChanges[]>()
  for (const { slug } of contributions(payload, 'workflow')) {
    const path = contributionOf(payload, slug, 'portal')?.path
    if (!path) continue
    const where: Where = { and: [{ 'changeNotes.at': { exists: true } }, ...(scope ? [{ site: { in: [...scope] } }] : [])] }
    // Sorted by site, the order of the index the site filter reads: under the collection's own
    // sort (newest first) SQLite may read the whole table in that order to spare itself a sort, as
    // it did in a national build with statistics analysed at an eighth of the platform (a scan of
    // 1,000,000 news for every 25 portals: 2 s each, 190 s with a cold cache; ADR 0025).
    const found = await payload.find({ collection: slug as 'news', where, sort: 'site', pagination: false, locale: 'vi', ...publicRead, depth: 0 })
    for (const doc of found.docs as unknown as Array<Record<string, unknown>>) {
      const notes = ((doc.changeNotes ?? []) as Array<{ at: string; note: string }>).map((n) => ({ at: new Date(n.at).toISOString(), note: n.note }))
      const at = path(doc)
      const site = String(idOf(doc.site))
      if (!at || !notes.length) continue
      const list = bySite.get(site) ?? []
      list.push({ path: at, title: titleOf(doc), notes: notes.sort((a, b) => b.at.localeCompare(a.at)) })
      bySite.set(site, list)
    }
  }
  return bySite
}

export const changeNotesExporter: PortalExporter = {
  name: 'change-notes',
  prepare: async (payload: Payload, context: ExportContext) => {
    context.data.set(KEY, await load(payload, context.scope))
  },
  exportSite: async ({ payload, site, context }) => {
    const bySite = (context.data.get(KEY) as Map<string, DocumentChanges[]> | undefined) ?? (await load(payload, [site.id]))
    const changeNotes = [...(bySite.get(String(site.id)) ?? [])]
    return { changeNotes: changeNotes.sort((a, b) => a.path.localeCompare(b.path)) }
  },
}
