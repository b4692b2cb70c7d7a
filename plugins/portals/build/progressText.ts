/**
 * How a full rebuild's progress reads, in Vietnamese and English: the CLI prints it, the admin's
 * builds view shows it. Pure (no server imports): the admin's client component uses it too.
 */

export type RunProgress = {
  id: number | string
  reason: string
  status: 'running' | 'finished'
  full: boolean
  startedBy: string
  startedAt: string
  finishedAt: string | null
  total: number
  /** Portals finished in the run, failed ones included. */
  done: number
  failed: number
  queued: number
  running: number
  /** Pages in the releases of the recently finished builds per second (null: nothing measured yet). */
  pagesPerSecond: number | null
  portalsPerSecond: number | null
  /** Seconds left at the recent pace (null while unknown). */
  etaSeconds: number | null
  elapsedSeconds: number
  /** Pages in the run's releases (once finished). */
  pages: number | null
}

/** "1 giờ 5 phút", "2 phút 10 giây", "45 giây" / "1 h 5 min", "2 min 10 s", "45 s". */
export function formatDuration(seconds: number, lang: 'vi' | 'en'): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  const u = lang === 'vi' ? { h: 'giờ', m: 'phút', s: 'giây' } : { h: 'h', m: 'min', s: 's' }
  if (h > 0) return `${h} ${u.h}${m ? ` ${m} ${u.m}` : ''}`
  if (m > 0) return `${m} ${u.m}${sec ? ` ${sec} ${u.s}` : ''}`
  return `${sec} ${u.s}`
}

const number = (n: number, lang: 'vi' | 'en') => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: n < 10 ? 1 : 0 })

export const percentOf = (p: Pick<RunProgress, 'done' | 'total'>) => (p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0)

/** The time left, in words. */
export function etaText(p: RunProgress, lang: 'vi' | 'en'): string {
  if (p.status === 'finished') return lang === 'vi' ? 'đã xong' : 'finished'
  if (p.etaSeconds === null) return lang === 'vi' ? 'đang ước tính thời gian còn lại' : 'estimating the time left'
  return lang === 'vi' ? `còn khoảng ${formatDuration(p.etaSeconds, 'vi')}` : `about ${formatDuration(p.etaSeconds, 'en')} left`
}

/** One line of progress: "12/30 cổng (40%) · 1 lỗi · 85 trang/s · còn khoảng 1 phút 20 giây". */
export function progressLine(p: RunProgress, lang: 'vi' | 'en'): string {
  const parts = [lang === 'vi' ? `${p.done}/${p.total} cổng (${percentOf(p)}%)` : `${p.done}/${p.total} portals (${percentOf(p)}%)`]
  if (p.failed > 0) parts.push(lang === 'vi' ? `${p.failed} lỗi` : `${p.failed} failed`)
  if (p.pagesPerSecond !== null) parts.push(lang === 'vi' ? `${number(p.pagesPerSecond, lang)} trang/s` : `${number(p.pagesPerSecond, lang)} pages/s`)
  parts.push(etaText(p, lang))
  return parts.join(' · ')
}
