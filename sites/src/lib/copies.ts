/**
 * Where a portal shows content that another portal owns: news and legal documents shared with
 * it are built as pages of their own on the portal (`/tin-tuc/<slug>/`, `/van-ban/<slug>/`, the
 * slug possibly suffixed). Search answers on the portal link to these copies, found here by the
 * owner and the address the item has on its owner's portal.
 */
import { legalDocumentPath } from '../../../themes/model/legal'

/** What this needs of a planned output (`PlannedOutput` in ../plan.ts, which this must not import). */
type Output = { kind: string; path: string; view?: string; props?: Record<string, unknown> }

/** The key of a shared item by its owner's slug and its path on the owner's portal. */
export const ownerKey = (site: string, path: string): string => `${site} ${path}`

/**
 * Each shared item → the path of its copy on this portal, keyed by the owner's absolute URL
 * (news, which name their owner by address) and by `ownerKey` (legal documents).
 */
export function sharedCopies(outputs: readonly Output[]): Map<string, string> {
  const copies = new Map<string, string>()
  for (const output of outputs) {
    if (output.kind !== 'page' || !output.props) continue
    if (output.view === 'ArticleView') {
      const shared = (output.props.article as { sharedFrom?: { url: string } | null } | undefined)?.sharedFrom
      if (shared?.url) copies.set(shared.url, output.path)
    } else if (output.view === 'LegalDocumentView') {
      const doc = output.props.document as { site: string; slug: string } | undefined
      const here = (output.props.site as { slug?: string } | undefined)?.slug
      if (doc && doc.site !== here) copies.set(ownerKey(doc.site, legalDocumentPath(doc.slug)), output.path)
    }
  }
  return copies
}
