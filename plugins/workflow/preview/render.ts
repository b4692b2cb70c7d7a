/**
 * Render one draft exactly as the portal would show it: the site's snapshot with the draft in
 * place of its published version, planned and rendered by the same warm renderer as the portal.
 * The live preview passes the editor's unsaved form data (`overlay`) to show it as they type.
 */
import type { CollectionSlug, Payload } from 'payload'

import { contributionOf } from '../../../cms/src/contributions'

import { planSite } from '../../../sites/src/plan'
import { exportSnapshot } from '../../portals/build/export'
import { getRenderer } from '../../portals/build/renderer'
import { escapeHtml } from '../../portals/serve/html'
import type { Doc } from '../../portals/types'
import type { PreviewClaim } from './token'

export class PreviewError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export type DraftToRender = {
  collection: string
  id: number | string
  /** The document's data to show instead of the stored draft (already populated like `depth: 1`). */
  overlay?: Doc
  /** The language of `overlay` (localized collections). @default 'vi' */
  locale?: 'vi' | 'en'
}

/** The portal page of a draft, as HTML (without any preview banner). */
export async function renderDraft(payload: Payload, { collection, id: rawId, overlay, locale = 'vi' }: DraftToRender): Promise<string> {
  const id = payload.db.defaultIDType === 'number' ? Number(rawId) : rawId
  // Where the document appears on its portal: the collection says (`portal.path`).
  const pathOf = contributionOf(payload, collection, 'portal')?.path
  if (!pathOf) throw new PreviewError(404, 'Loại nội dung này không có trang xem trước. / This content type has no preview.')
  const draft = (await payload.findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })) as
    | { slug?: string; site?: number | string; title?: string }
    | null
  const shown = draft && overlay ? { ...draft, ...overlay, slug: typeof overlay.slug === 'string' && overlay.slug ? overlay.slug : draft.slug } : draft
  const wanted = shown ? pathOf(shown) : null
  if (!draft || !wanted || draft.site === undefined) throw new PreviewError(404, 'Bản nháp không còn tồn tại. / The draft no longer exists.')
  const { snapshot } = await exportSnapshot(payload, [draft.site], { collection, id, ...(overlay ? { data: { ...overlay, slug: shown!.slug }, locale } : {}) })
  const site = snapshot.sites[0]
  if (!site) throw new PreviewError(404, 'Trang thông tin của bản nháp không hoạt động. / The site is archived.')
  const plan = planSite(site, snapshot.generatedAt)
  const output = (locale === 'en' && plan.outputs.find((o) => o.path === `/en${wanted}`)) || plan.outputs.find((o) => o.path === wanted)
  if (!output || output.kind !== 'page') throw new PreviewError(404, 'Bản nháp không còn tồn tại. / The draft no longer exists.')
  try {
    return await (await getRenderer()).render(plan.theme, output.view, output.props)
  } catch (err) {
    payload.logger.error({ err, msg: 'Preview rendering failed' })
    throw new PreviewError(500, 'Không dựng được bản xem trước. / The preview could not be rendered.')
  }
}

/** A rendered draft with a notice on top, never indexed, pictures served by the CMS. */
export function asPreviewPage(html: string, notice: string, headExtra = ''): string {
  const banner = `<p role="status" style="margin:0;padding:.75rem 1rem;background:#fff3cd;color:#3d2e00;border-bottom:2px solid #8a6d00;font-weight:600">${escapeHtml(notice)}</p>`
  return html
    .replace('<head>', `<head><meta name="robots" content="noindex, nofollow">${headExtra}`)
    .replace(/<body([^>]*)>/, `<body$1>${banner}`)
    // Images live in the CMS until the portal is built.
    .replace(/(src|srcset|href)="\/media\//g, '$1="/api/media/file/')
    .replace(/, \/media\//g, ', /api/media/file/')
}

export async function renderPreview(payload: Payload, claim: PreviewClaim): Promise<string> {
  const html = await renderDraft(payload, { collection: claim.collection, id: claim.id })
  const until = new Date(claim.expiresAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  return asPreviewPage(html, `Bản xem trước – chưa xuất bản. Liên kết hết hạn lúc ${until}. / Preview of an unpublished draft.`)
}
