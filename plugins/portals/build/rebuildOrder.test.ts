/** The order builds are claimed in, and how a full rebuild's progress reads (ADR 0026). */
import { describe, expect, it } from 'vitest'

import { claimOrder } from './claim'
import { etaText, formatDuration, progressLine, type RunProgress } from './progressText'

describe('claimOrder', () => {
  it('puts builds a person asked for first (by queue time), then a run’s builds most visited first, then by queue time', () => {
    const builds = [
      { id: 1, run: 7, visits: 10, queuedAt: '2026-12-05T10:00:00.000Z' },
      { id: 2, run: null, visits: null, queuedAt: '2026-12-05T10:00:05.000Z' },
      { id: 3, run: { id: 7 }, visits: 900, queuedAt: '2026-12-05T10:00:00.000Z' },
      { id: 4, run: 7, visits: 10, queuedAt: '2026-12-05T09:59:00.000Z' },
      { id: 5, run: undefined, queuedAt: '2026-12-05T10:00:01.000Z' },
      { id: 6, run: 7, visits: 0, queuedAt: '2026-12-05T09:00:00.000Z' },
    ]
    expect(claimOrder(builds).map((b) => b.id)).toEqual([5, 2, 3, 4, 1, 6])
    // The input is left as it was.
    expect(builds.map((b) => b.id)).toEqual([1, 2, 3, 4, 5, 6])
  })
})

const progress = (over: Partial<RunProgress>): RunProgress => ({
  id: 1,
  reason: '',
  status: 'running',
  full: false,
  startedBy: 'cli',
  startedAt: '2026-12-05T10:00:00.000Z',
  finishedAt: null,
  total: 4000,
  done: 1000,
  failed: 0,
  queued: 2990,
  running: 10,
  pagesPerSecond: 1234.5,
  portalsPerSecond: 4,
  etaSeconds: 750,
  elapsedSeconds: 250,
  pages: null,
  ...over,
})

describe('progress text', () => {
  it('reads done/total, pages per second and the time left in Vietnamese and English', () => {
    expect(progressLine(progress({}), 'vi')).toBe('1000/4000 cổng (25%) · 1.235 trang/s · còn khoảng 12 phút 30 giây')
    expect(progressLine(progress({}), 'en')).toBe('1000/4000 portals (25%) · 1,235 pages/s · about 12 min 30 s left')
    expect(progressLine(progress({ failed: 3, pagesPerSecond: 4.25 }), 'vi')).toBe('1000/4000 cổng (25%) · 3 lỗi · 4,3 trang/s · còn khoảng 12 phút 30 giây')
  })

  it('does not guess the time left before anything finished, and says when the run is over', () => {
    expect(progressLine(progress({ done: 0, pagesPerSecond: null, portalsPerSecond: null, etaSeconds: null }), 'vi')).toBe('0/4000 cổng (0%) · đang ước tính thời gian còn lại')
    expect(etaText(progress({ status: 'finished', etaSeconds: 0 }), 'en')).toBe('finished')
  })

  it('formats durations', () => {
    expect(formatDuration(45, 'vi')).toBe('45 giây')
    expect(formatDuration(3725, 'vi')).toBe('1 giờ 2 phút')
    expect(formatDuration(120, 'en')).toBe('2 min')
    expect(formatDuration(-3, 'en')).toBe('0 s')
  })
})
