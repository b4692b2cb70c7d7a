import type { Payload } from 'payload'

import { portalBaseUrl } from '../../../plugins/portals/build/export'
import { LEVEL_LABELS } from '../../../plugins/site-scoping/Sites'
import { SITE_LEVELS } from '../contracts/portal'
import { escapeHtml, page } from '../../../plugins/portals/serve/html'

/** The platform's front page: every active portal, grouped by administrative level. */
export async function renderPortalList(payload: Payload): Promise<string> {
  const sites = await payload.find({
    collection: 'sites',
    where: { status: { equals: 'active' } },
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, domains: true, level: true, parent: true },
    overrideAccess: true,
  })
  const names = new Map(sites.docs.map((s) => [String(s.id), s.name as string]))
  const groups = SITE_LEVELS.map((level) => {
    const items = sites.docs.filter((s) => s.level === level)
    if (items.length === 0) return ''
    const list = items
      .map((s) => {
        const url = portalBaseUrl(s as { slug: string; domains?: string[] }) + '/'
        const parent = s.parent ? names.get(String(s.parent)) : undefined
        const domains = ((s.domains as string[] | null) ?? []).join(', ')
        return `<li><a href="${escapeHtml(url)}">${escapeHtml(s.name as string)}</a>
<span class="meta">${escapeHtml(url)}${domains ? ` · ${escapeHtml(domains)}` : ''}${parent ? ` · trực thuộc ${escapeHtml(parent)}` : ''}</span></li>`
      })
      .join('\n')
    return `<section aria-labelledby="cap-${level}"><h2 id="cap-${level}">${escapeHtml(LEVEL_LABELS[level].vi)} (${items.length})</h2>
<ul>${list}</ul></section>`
  }).join('\n')
  return page(
    'Các cổng thông tin điện tử – Cổng',
    `<header><h1>Cổng – nền tảng cổng thông tin điện tử</h1><p>${sites.totalDocs} cổng/trang thông tin đang hoạt động</p></header>
<main id="noi-dung">
${groups || '<p>Chưa có cổng thông tin nào. Đăng nhập trang quản trị để tạo cổng đầu tiên.</p>'}
</main>
<footer><a href="/admin">Trang quản trị (Admin)</a> · <a href="/healthz">Tình trạng hệ thống (health)</a></footer>`,
  )
}
