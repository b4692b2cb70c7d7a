/**
 * Render one draft exactly as the portal would show it: the site's snapshot with the draft in
 * place of its published version, planned and rendered by the same warm renderer as the portal.
 */
import type { Payload } from 'payload'

import { articlePath, pagePath } from '../../../sites/src/lib/urls'
import { planSite } from '../../../sites/src/plan'
import { exportSnapshot } from '../../portals/build/export'
import { getRenderer } from '../../portals/build/renderer'
import { escapeHtml } from '../../portals/serve/html'
import type { PreviewClaim } from './token'

export class PreviewError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export async function renderPreview(payload: Payload, claim: PreviewClaim): Promise<string> {
  const id = payload.db.defaultIDType === 'number' ? Number(claim.id) : claim.id
  const draft = (await payload.findByID({ collection: claim.collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })) as
    | { slug?: string; site?: number | string; title?: string }
    | null
  if (!draft?.slug || draft.site === undefined) throw new PreviewError(404, 'Bản nháp không còn tồn tại. / The draft no longer exists.')
  const { snapshot } = await exportSnapshot(payload, [draft.site], { collection: claim.collection, id })
  const site = snapshot.sites[0]
  if (!site) throw new PreviewError(404, 'Trang thông tin của bản nháp không hoạt động. / The site is archived.')
  const wanted = claim.collection === 'news' ? articlePath(draft.slug) : pagePath(draft.slug)
  const plan = planSite(site, snapshot.generatedAt)
  const output = plan.outputs.find((o) => o.path === wanted)
  if (!output || output.kind !== 'page') throw new PreviewError(404, 'Bản nháp không còn tồn tại. / The draft no longer exists.')
  let html: string
  try {
    html = await (await getRenderer()).render(plan.theme, output.view, output.props)
  } catch (err) {
    payload.logger.error({ err, msg: 'Preview rendering failed' })
    throw new PreviewError(500, 'Không dựng được bản xem trước. / The preview could not be rendered.')
  }
  const until = new Date(claim.expiresAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  const banner = `<p role="status" style="margin:0;padding:.75rem 1rem;background:#fff3cd;color:#3d2e00;border-bottom:2px solid #8a6d00;font-weight:600">Bản xem trước – chưa xuất bản. Liên kết hết hạn lúc ${escapeHtml(until)}. / Preview of an unpublished draft.</p>`
  return html
    .replace('<head>', '<head><meta name="robots" content="noindex, nofollow">')
    .replace(/<body([^>]*)>/, `<body$1>${banner}`)
    // Images live in the CMS until the portal is built.
    .replace(/(src|srcset|href)="\/media\//g, '$1="/api/media/file/')
    .replace(/, \/media\//g, ', /api/media/file/')
}
