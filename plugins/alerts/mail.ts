/**
 * The alert emails, in Vietnamese: the confirmation (double opt-in), an immediate alert and the
 * daily digest. Every message but the confirmation carries a one-click unsubscribe link in its
 * body and in RFC 8058 headers (`List-Unsubscribe` + `List-Unsubscribe-Post`).
 */
import { CONFIRM_ENDPOINT, SCOPE_LABELS, type SubscriptionScope, UNSUBSCRIBE_ENDPOINT } from '../../cms/src/contracts/alerts'
import { formatDate } from '../../themes/model/format'
import { escapeHtml } from '../portals/serve/html'
import { PENDING_HOURS } from './collection'
import { linkToken } from './tokens'

export type OutgoingMail = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> }

export type MailSubscription = { id: number | string; email: string; nonce: string; scope: SubscriptionScope; docTitle?: string | null; scopeName?: string | null }
export type MailSite = { name: string; baseUrl: string }
export type MailChange = { title: string; url: string; at: string; note: string }

function link(base: string, endpoint: string, secret: string, purpose: 'confirm' | 'unsubscribe', sub: MailSubscription): string {
  return `${base}${endpoint}?id=${encodeURIComponent(String(sub.id))}&t=${linkToken(secret, purpose, sub.id, sub.nonce)}`
}

export const unsubscribeUrl = (site: MailSite, secret: string, sub: MailSubscription) => link(site.baseUrl, UNSUBSCRIBE_ENDPOINT, secret, 'unsubscribe', sub)
export const confirmUrl = (site: MailSite, secret: string, sub: MailSubscription) => link(site.baseUrl, CONFIRM_ENDPOINT, secret, 'confirm', sub)

/** What the subscription is about, in words: "chuyên mục Tin tức", "văn bản loại Nghị định", "trang “…”". */
export function scopeText(sub: MailSubscription): string {
  if (sub.scope === 'document') return `trang “${sub.docTitle ?? ''}”`
  if (sub.scope === 'category') return `chuyên mục “${sub.scopeName ?? ''}”`
  if (sub.scope === 'legal-type') return `văn bản loại “${sub.scopeName ?? ''}”`
  return SCOPE_LABELS.portal.vi.toLowerCase()
}

const paragraphs = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('\n')

function withFooter(site: MailSite, secret: string, sub: MailSubscription, mail: { subject: string; text: string[]; html: string[] }): OutgoingMail {
  const unsubscribe = unsubscribeUrl(site, secret, sub)
  const why = `Bạn nhận thư này vì đã đăng ký nhận tin về ${scopeText(sub)} trên ${site.name}.`
  return {
    to: sub.email,
    subject: mail.subject,
    text: [...mail.text, '', '—', why, `Hủy đăng ký (chỉ một lần bấm): ${unsubscribe}`, ''].join('\n'),
    html: `<!doctype html><html lang="vi"><body>\n${paragraphs(mail.html)}\n<hr>\n${paragraphs([escapeHtml(why), `<a href="${escapeHtml(unsubscribe)}">Hủy đăng ký nhận tin</a>`])}\n</body></html>`,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

export function confirmationMail(site: MailSite, secret: string, sub: MailSubscription): OutgoingMail {
  const url = confirmUrl(site, secret, sub)
  const lines = [
    `Chúng tôi nhận được yêu cầu đăng ký nhận tin về ${scopeText(sub)} trên ${site.name} bằng địa chỉ thư này.`,
    `Để bắt đầu nhận tin, hãy xác nhận trong vòng ${PENDING_HOURS} giờ:`,
  ]
  return {
    to: sub.email,
    subject: `[${site.name}] Xác nhận đăng ký nhận tin`,
    text: [...lines, url, '', 'Nếu bạn không yêu cầu, hãy bỏ qua thư này: đăng ký sẽ tự hủy và địa chỉ của bạn bị xóa.', ''].join('\n'),
    html: `<!doctype html><html lang="vi"><body>\n${paragraphs([...lines.map(escapeHtml), `<a href="${escapeHtml(url)}">Xác nhận đăng ký</a>`, 'Nếu bạn không yêu cầu, hãy bỏ qua thư này: đăng ký sẽ tự hủy và địa chỉ của bạn bị xóa.'])}\n</body></html>`,
  }
}

const noteLine = (change: MailChange) => `Cập nhật ngày ${formatDate(change.at)}: ${change.note}`

export function alertMail(site: MailSite, secret: string, sub: MailSubscription, change: MailChange): OutgoingMail {
  return withFooter(site, secret, sub, {
    subject: `[${site.name}] Cập nhật: ${change.title}`,
    text: [`${site.name} vừa cập nhật “${change.title}”.`, '', noteLine(change), '', `Xem trang: ${change.url}`],
    html: [
      `${escapeHtml(site.name)} vừa cập nhật <a href="${escapeHtml(change.url)}">${escapeHtml(change.title)}</a>.`,
      escapeHtml(noteLine(change)),
    ],
  })
}

export function digestMail(site: MailSite, secret: string, sub: MailSubscription, changes: MailChange[]): OutgoingMail {
  return withFooter(site, secret, sub, {
    subject: `[${site.name}] ${changes.length} cập nhật trong ngày`,
    text: [`Các cập nhật trên ${site.name} kể từ thư trước:`, '', ...changes.flatMap((c) => [`• ${c.title}`, `  ${noteLine(c)}`, `  ${c.url}`, ''])],
    html: [`Các cập nhật trên ${escapeHtml(site.name)} kể từ thư trước:`, ...changes.map((c) => `<a href="${escapeHtml(c.url)}">${escapeHtml(c.title)}</a><br>${escapeHtml(noteLine(c))}`)],
  })
}
