/**
 * Typed takedown (issue 18, ADR 0022): why a published document left its portal, and what its
 * address answers since. Shared by the CMS (workflow, export, CSV) and the portal themes.
 */
import { z } from 'zod'

/**
 * - `withdrawn`: stays published with a banner giving the date and the reason, ranked after
 *   current documents in search;
 * - `error`: unpublished in error, its address answers 410 Gone;
 * - `consolidated`: its address answers 301 to a chosen document of the same portal;
 * - `former-unit`: stays published with a banner naming the portal that took over its work.
 */
export const TAKEDOWN_KINDS = ['withdrawn', 'error', 'consolidated', 'former-unit'] as const
export type TakedownKind = (typeof TAKEDOWN_KINDS)[number]

export const TAKEDOWN_LABELS: Record<TakedownKind, { vi: string; en: string }> = {
  withdrawn: { vi: 'Rút lại (giữ trang, hiện thông báo)', en: 'Withdrawn (page stays with a notice)' },
  error: { vi: 'Đăng nhầm (gỡ hẳn, trả mã 410)', en: 'Published in error (410 Gone)' },
  consolidated: { vi: 'Đã gộp vào trang khác (chuyển hướng 301)', en: 'Consolidated (301 to another page)' },
  'former-unit': { vi: 'Thuộc đơn vị cũ (hiện cổng kế thừa)', en: 'Belongs to a former unit (names the successor portal)' },
}

/** The kinds whose page stays on the portal with a banner. */
export const BANNER_KINDS: readonly TakedownKind[] = ['withdrawn', 'former-unit']
/** The kinds whose reason citizens read (on the banner): required for them. */
export const PUBLIC_REASON_KINDS: readonly TakedownKind[] = ['withdrawn']

/** One taken-down address of a portal, as the snapshot carries it. */
export const Takedown = z.object({
  /** Root-relative path of the document's page, e.g. `/tin-tuc/abc/`. */
  path: z.string().startsWith('/'),
  kind: z.enum(TAKEDOWN_KINDS),
  /** Shown on the banner (withdrawn; former unit when given); never for 410 and 301. */
  reason: z.string().nullable(),
  /** When it was taken down (ISO). */
  date: z.string(),
  /** `consolidated`: the path on the same portal the address leads to. */
  target: z.string().nullable().default(null),
  /** `former-unit`: the portal that took over. */
  successor: z.object({ name: z.string(), url: z.string() }).nullable().default(null),
})
export type Takedown = z.infer<typeof Takedown>

/** The file each release holds for the server: which addresses are gone and which moved. */
export const TAKEDOWN_MANIFEST = '.takedowns.json'
export type TakedownManifest = { gone: string[]; moved: Record<string, string> }
