/**
 * The banner of a page taken down with a reason but kept (ADR 0022): withdrawn, or belonging to
 * a former unit. Both themes render it through the default layout.
 */
import type { Takedown } from '../../cms/src/contracts/takedown'
import { formatDate } from './format'
import type { Lang } from './site'

export type { Takedown as TakedownNotice } from '../../cms/src/contracts/takedown'

export type TakedownBannerText = {
  label: string
  lead: string
  reason: { before: string; text: string } | null
  successor: { before: string; name: string; url: string; after: string } | null
  /**
   * The language of what editors wrote (the reason, the successor portal's name): Vietnamese,
   * marked on a page in another language (an English page's banner) so screen readers say it right;
   * null on a Vietnamese page.
   */
  quotedLang: Lang | null
}

/** The banner in the page's language (a page's English version gets it in English, ADR 0022). */
export function takedownBanner(notice: Takedown, lang: Lang): TakedownBannerText | null {
  const date = formatDate(notice.date, lang)
  const vi = lang === 'vi'
  const reason = notice.reason ? { before: vi ? 'Lý do: ' : 'Reason: ', text: notice.reason } : null
  const quotedLang = vi ? null : 'vi'
  if (notice.kind === 'withdrawn') {
    return {
      label: vi ? 'Nội dung đã rút lại' : 'Withdrawn',
      lead: vi ? `Nội dung này đã được rút lại ngày ${date} và không còn là thông tin hiện hành.` : `This content was withdrawn on ${date} and is no longer current.`,
      reason,
      successor: null,
      quotedLang,
    }
  }
  if (notice.kind === 'former-unit') {
    return {
      label: vi ? 'Nội dung của đơn vị cũ' : 'Content of a former unit',
      lead: vi ? `Nội dung này thuộc đơn vị trước sắp xếp (ghi nhận ngày ${date}).` : `This content belongs to a unit before the reorganisation (noted on ${date}).`,
      reason,
      successor: notice.successor
        ? { before: vi ? 'Thông tin hiện hành do ' : 'Current information is published by ', name: notice.successor.name, url: notice.successor.url, after: vi ? ' cung cấp.' : '.' }
        : null,
      quotedLang,
    }
  }
  return null
}
