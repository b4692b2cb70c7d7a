/**
 * The page a retired portal shows instead of its content, in Vietnamese and English. Served with
 * HTTP 410 Gone (see docs/adr/0009-retired-portals-answer-410.md) and `noindex`.
 */
import { escapeHtml } from '../portals/serve/html'

export type NoticeText = {
  name: string
  nameEn: string | null
  notice: { vi: string | null; en: string | null }
  /** The parent portal, if any: where citizens are most likely to find the services now. */
  parent: { name: string; url: string } | null
}

const DEFAULT_VI = 'Cổng thông tin này đã ngừng hoạt động. Nội dung đã đăng vẫn được lưu trữ theo quy định.'
const DEFAULT_EN = 'This website has been retired. Its published content is kept in the archive as the law requires.'

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}|\r\n\r\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')

export function noticePage({ name, nameEn, notice, parent }: NoticeText): string {
  const parentVi = parent ? `<p>Mời bạn truy cập <a href="${escapeHtml(parent.url)}">${escapeHtml(parent.name)}</a>.</p>` : ''
  const parentEn = parent ? `<p>Please visit <a href="${escapeHtml(parent.url)}">${escapeHtml(parent.name)}</a>.</p>` : ''
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(name)} – đã ngừng hoạt động</title>
<style>
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1b1b1b}
body{margin:0}header{background:#9d1c20;color:#fff;padding:1rem 1.25rem}h1{font-size:1.6rem;margin:0}
main{max-width:48rem;margin:0 auto;padding:1.25rem}section+section{border-top:1px solid #ccc;margin-top:1.5rem}
a{color:#0b4f9c}a:focus-visible{outline:3px solid #f5a300;outline-offset:2px}
</style>
</head>
<body>
<header><h1>${escapeHtml(name)}</h1></header>
<main id="noi-dung">
<section>
<h2>Thông báo ngừng hoạt động</h2>
${paragraphs(notice.vi || DEFAULT_VI)}
${parentVi}
</section>
<section lang="en">
<h2>${escapeHtml(nameEn || name)}: notice of closure</h2>
${paragraphs(notice.en || DEFAULT_EN)}
${parentEn}
</section>
</main>
</body>
</html>
`
}
