/** Small server-rendered pages: the portal list and the error pages of the platform host. */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

const STYLE = `
:root{color-scheme:light;--brand:#9d1c20;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5}
body{margin:0;color:#1b1b1b;background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:9}
header{background:var(--brand);color:#fff;padding:1rem 1.25rem}header p{margin:.25rem 0 0}
main{max-width:64rem;margin:0 auto;padding:1.25rem}
a{color:#0b4f9c}a:focus-visible{outline:3px solid #f5a300;outline-offset:2px}
h1{font-size:1.6rem;margin:0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
ul{padding-left:1.25rem}li{margin:.4rem 0}.meta{color:#555;font-size:.9rem}
footer{border-top:1px solid #ccc;margin-top:2rem;padding:1rem 1.25rem;color:#555;font-size:.9rem}
`

export function page(title: string, body: string, lang = 'vi'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua đến nội dung chính</a>
${body}
</body>
</html>
`
}

export function notFoundHostPage(host: string): string {
  return page(
    'Không tìm thấy cổng thông tin – Cổng',
    `<header><h1>Không tìm thấy cổng thông tin</h1><p lang="en">Portal not found</p></header>
<main id="noi-dung">
<p>Tên miền <strong>${escapeHtml(host || '(trống)')}</strong> không thuộc cổng thông tin nào trên nền tảng.</p>
<p lang="en">The host name <strong>${escapeHtml(host || '(empty)')}</strong> does not belong to any portal on this platform.</p>
</main>`,
  )
}

export function notBuiltPage(name: string): string {
  return page(
    `${name} – đang xây dựng`,
    `<header><h1>${escapeHtml(name)}</h1></header>
<main id="noi-dung">
<p>Cổng thông tin đang được xây dựng, vui lòng quay lại sau ít phút.</p>
<p lang="en">This portal is being built; please try again in a few minutes.</p>
</main>`,
  )
}
