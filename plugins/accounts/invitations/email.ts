/** The invitation email, in Vietnamese then English. */
import { env } from '../../../cms/src/config/env'

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const ACCEPT_PATH = '/admin/nhan-loi-moi'

export function acceptLink(token: string): string {
  const e = env()
  const base = e.serverUrl || `http://localhost:${e.port}`
  return `${base}${ACCEPT_PATH}?token=${encodeURIComponent(token)}`
}

export function invitationEmail(args: { siteName: string; role: { vi: string; en: string }; inviter: string | null; link: string; expiresAt: Date }) {
  const { siteName, role, inviter, link, expiresAt } = args
  const until = expiresAt.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  const by = inviter ? ` (${inviter})` : ''
  const subject = `Lời mời tham gia quản trị ${siteName} / Invitation to ${siteName}`
  const text = [
    `Xin chào,`,
    ``,
    `Bạn được mời${by} tham gia quản trị trang "${siteName}" với vai trò ${role.vi}.`,
    `Mở liên kết sau để nhận lời mời (dùng được một lần, hết hạn ngày ${until}):`,
    link,
    ``,
    `Nếu bạn không chờ thư này, hãy bỏ qua nó.`,
    ``,
    `---`,
    `Hello,`,
    ``,
    `You are invited${by} to work on "${siteName}" as ${role.en}.`,
    `Open this link to accept (single use, expires on ${expiresAt.toISOString().slice(0, 10)}):`,
    link,
    ``,
    `If you did not expect this email, ignore it.`,
  ].join('\n')
  const html = `<!doctype html><html lang="vi"><body>
<p>Xin chào,</p>
<p>Bạn được mời${escape(by)} tham gia quản trị trang <strong>${escape(siteName)}</strong> với vai trò <strong>${escape(role.vi)}</strong>.</p>
<p><a href="${escape(link)}">Nhận lời mời</a> (dùng được một lần, hết hạn ngày ${escape(until)}).</p>
<p>Nếu bạn không chờ thư này, hãy bỏ qua nó.</p>
<hr>
<p lang="en">You are invited${escape(by)} to work on <strong>${escape(siteName)}</strong> as <strong>${escape(role.en)}</strong>.
<a href="${escape(link)}">Accept the invitation</a> (single use, expires on ${expiresAt.toISOString().slice(0, 10)}).</p>
</body></html>`
  return { subject, text, html }
}
