import { describe, expect, it } from 'vitest'

import { isAllowedHost, parseEmcSnippet } from './emc'

const HOSTS = ['emc.gov.vn']

describe('EMC snippet', () => {
  it('accepts the script tag EMC issues and keeps only its address', () => {
    const result = parseEmcSnippet('  <script src="https://emc.gov.vn/t.js?site=42" async></script>\n', HOSTS)
    expect(result).toEqual({ ok: true, src: 'https://emc.gov.vn/t.js?site=42' })
    expect(parseEmcSnippet(`<script type="text/javascript" defer src='https://cdn.emc.gov.vn/emc.js'></script>`, HOSTS)).toEqual({
      ok: true,
      src: 'https://cdn.emc.gov.vn/emc.js',
    })
  })

  it.each([
    ['inline code', '<script>alert(1)</script>'],
    ['code after the src tag', '<script src="https://emc.gov.vn/t.js"></script><script>alert(1)</script>'],
    ['another element', '<img src="https://emc.gov.vn/p.gif">'],
    ['text around the tag', 'xin chào <script src="https://emc.gov.vn/t.js"></script>'],
    ['no src', '<script async></script>'],
    ['garbage between attributes', '<script src="https://emc.gov.vn/t.js" "x"></script>'],
  ])('refuses %s', (_, snippet) => {
    const result = parseEmcSnippet(snippet, HOSTS)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^Chỉ nhận đúng một thẻ .* \/ Paste exactly one/)
  })

  it('refuses event handlers and other attributes by name', () => {
    const result = parseEmcSnippet('<script src="https://emc.gov.vn/t.js" onload="alert(1)"></script>', HOSTS)
    expect(result).toEqual({ ok: false, message: expect.stringContaining('"onload"') })
  })

  it('refuses a non-JavaScript type', () => {
    expect(parseEmcSnippet('<script type="module" src="https://emc.gov.vn/t.js"></script>', HOSTS).ok).toBe(false)
  })

  it('refuses plain http, credentials and ports', () => {
    expect(parseEmcSnippet('<script src="http://emc.gov.vn/t.js"></script>', HOSTS)).toEqual({ ok: false, message: expect.stringContaining('https://') })
    expect(parseEmcSnippet('<script src="https://a:b@emc.gov.vn/t.js"></script>', HOSTS).ok).toBe(false)
    expect(parseEmcSnippet('<script src="https://emc.gov.vn:8443/t.js"></script>', HOSTS).ok).toBe(false)
  })

  it('refuses hosts off the allow-list, naming the host and the list', () => {
    const result = parseEmcSnippet('<script src="https://emc.gov.vn.evil.example/t.js"></script>', HOSTS)
    expect(result).toEqual({ ok: false, message: expect.stringContaining('emc.gov.vn.evil.example') })
    if (!result.ok) expect(result.message).toContain('(emc.gov.vn)')
    expect(parseEmcSnippet('<script src="https://notemc.gov.vn/t.js"></script>', HOSTS).ok).toBe(false)
  })

  it('matches hosts exactly or as subdomains', () => {
    expect(isAllowedHost('emc.gov.vn', HOSTS)).toBe(true)
    expect(isAllowedHost('CDN.EMC.GOV.VN', HOSTS)).toBe(true)
    expect(isAllowedHost('xemc.gov.vn', HOSTS)).toBe(false)
  })
})
