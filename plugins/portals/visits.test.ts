/** Which requests are page views, read from the portal server and from nginx's cong_visits log. */
import { describe, expect, it } from 'vitest'

import { isPageView, pageViewHost } from './visits'

const line = (host: string, request: string, status: number, agent = 'Mozilla/5.0 (Linux; Android 10)') =>
  `${host} 203.0.113.7 - - [05/Dec/2026:10:00:00 +0700] "${request}" ${status} 5120 "-" "${agent}"`

describe('page views', () => {
  it('counts GETs of pages answered 200 or 304, not assets, feeds, errors or robots', () => {
    expect(isPageView('GET', '/', 200)).toBe(true)
    expect(isPageView('GET', '/tin-tuc/?trang=2', 304)).toBe(true)
    expect(isPageView('GET', '/gioi-thieu.html', 200)).toBe(true)
    expect(isPageView('HEAD', '/', 200)).toBe(false)
    expect(isPageView('GET', '/_astro/app.css', 200)).toBe(false)
    expect(isPageView('GET', '/rss.xml', 200)).toBe(false)
    expect(isPageView('GET', '/khong-co/', 404)).toBe(false)
    expect(isPageView('GET', '/', 200, 'Mozilla/5.0 (compatible; Googlebot/2.1)')).toBe(false)
  })

  it('reads the host of a page view from a cong_visits log line, nothing else', () => {
    expect(pageViewHost(line('XaThachHa.gov.vn', 'GET /tin-tuc/ HTTP/1.1', 200))).toBe('xathachha.gov.vn')
    expect(pageViewHost(line('xa-a.localhost:8080', 'GET / HTTP/2.0', 200))).toBe('xa-a.localhost')
    expect(pageViewHost(line('xa-a.gov.vn', 'GET /anh.jpg HTTP/1.1', 200))).toBeNull()
    expect(pageViewHost(line('xa-a.gov.vn', 'POST /api/public/questions HTTP/1.1', 201))).toBeNull()
    expect(pageViewHost('203.0.113.7 - - [05/Dec/2026:10:00:00 +0700] "GET / HTTP/1.1" 200 5120 "-" "Mozilla"')).toBeNull()
    expect(pageViewHost('garbage')).toBeNull()
  })
})
