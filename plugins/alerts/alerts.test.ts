import { describe, expect, it } from 'vitest'

import { alertMail, confirmationMail, digestMail } from './mail'
import { type ChangedDoc, matches } from './notify'
import { linkToken, tokenMatches } from './tokens'
import { checkSubscription } from './validate'

const site = { name: 'UBND tỉnh Hà Tĩnh', baseUrl: 'http://ha-tinh.localhost:3000' }
const sub = { id: 7, email: 'nguoi.dan@example.com', nonce: 'abc', scope: 'portal' as const }
const doc: ChangedDoc = { collection: 'news', id: '12', site: 1, categories: ['3', '4'], legalType: null, title: 'Lịch tiếp công dân', path: '/tin-tuc/lich/' }

describe('checkSubscription', () => {
  it('accepts a form post and normalises the address', () => {
    const r = checkSubscription({ email: ' Nguoi.Dan@Example.com ', scope: 'legal-type', legalType: 'nghi-dinh', frequency: 'daily', consent: 'on' })
    expect(r.ok && r.request).toMatchObject({ email: 'nguoi.dan@example.com', scope: 'legal-type', legalType: 'nghi-dinh', frequency: 'daily' })
  })
  it('refuses each bad field with a Vietnamese and an English message', () => {
    const r = checkSubscription({ email: 'sai', scope: 'category', frequency: 'hang-gio', document: { a: 1 } })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.keys(r.errors).sort()).toEqual(['category', 'consent', 'document', 'email', 'frequency'])
    expect(r.errors.email!.vi).toContain('không đúng dạng')
    expect(r.errors.email!.en).toContain('not valid')
  })
  it('takes JSON booleans for consent, but not other types', () => {
    expect(checkSubscription({ email: 'a@b.vn', consent: true }).ok).toBe(true)
    expect(checkSubscription({ email: 'a@b.vn', consent: false }).ok).toBe(false)
    expect(checkSubscription({ email: 'a@b.vn', consent: 1 }).ok).toBe(false)
    expect(checkSubscription('email=a@b.vn').ok).toBe(false)
  })
  it('needs a page path for a document subscription', () => {
    expect(checkSubscription({ email: 'a@b.vn', consent: true, scope: 'document', document: 'https://evil.example/' }).ok).toBe(false)
    expect(checkSubscription({ email: 'a@b.vn', consent: true, scope: 'document', document: '/tin-tuc/lich/' }).ok).toBe(true)
  })
})

describe('matching', () => {
  it('matches the portal, the document, its categories and its legal type only', () => {
    expect(matches({ scope: 'portal' }, doc)).toBe(true)
    expect(matches({ scope: 'document', docCollection: 'news', docId: '12' }, doc)).toBe(true)
    expect(matches({ scope: 'document', docCollection: 'pages', docId: '12' }, doc)).toBe(false)
    expect(matches({ scope: 'category', category: 4 }, doc)).toBe(true)
    expect(matches({ scope: 'category', category: 5 }, doc)).toBe(false)
    expect(matches({ scope: 'legal-type', legalType: 'luat' }, doc)).toBe(false)
    expect(matches({ scope: 'legal-type', legalType: 'luat' }, { ...doc, legalType: 'luat' })).toBe(true)
  })
})

describe('messages', () => {
  it('an alert has the note, the page and a one-click unsubscribe link in body and headers', () => {
    const mail = alertMail(site, 'bi-mat', sub, { title: doc.title, url: `${site.baseUrl}${doc.path}`, at: '2026-12-05T03:00:00.000Z', note: 'Đổi giờ tiếp dân' })
    expect(mail.subject).toBe('[UBND tỉnh Hà Tĩnh] Cập nhật: Lịch tiếp công dân')
    expect(mail.text).toContain('Cập nhật ngày 05/12/2026: Đổi giờ tiếp dân')
    const url = `${site.baseUrl}/api/public/subscriptions/unsubscribe?id=7&t=${linkToken('bi-mat', 'unsubscribe', 7, 'abc')}`
    expect(mail.text).toContain(url)
    expect(mail.headers).toEqual({ 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' })
    expect(mail.html).toContain('Hủy đăng ký nhận tin')
  })
  it('escapes what editors wrote in the HTML body', () => {
    const mail = digestMail(site, 's', sub, [{ title: '<b>x</b>', url: 'http://x/', at: '2026-12-05T03:00:00Z', note: 'a & b' }])
    expect(mail.html).toContain('&lt;b&gt;x&lt;/b&gt;')
    expect(mail.html).toContain('a &amp; b')
  })
  it('the confirmation links to confirm, not to unsubscribe, and has no list headers', () => {
    const mail = confirmationMail(site, 's', sub)
    expect(mail.text).toMatch(/\/api\/public\/subscriptions\/confirm\?id=7&t=/)
    expect(mail.headers).toBeUndefined()
  })
})

describe('link tokens', () => {
  it('hold for their own purpose, id and nonce only', () => {
    const t = linkToken('s', 'confirm', 7, 'n')
    expect(tokenMatches('s', 'confirm', 7, 'n', t)).toBe(true)
    expect(tokenMatches('s', 'unsubscribe', 7, 'n', t)).toBe(false)
    expect(tokenMatches('s', 'confirm', 8, 'n', t)).toBe(false)
    expect(tokenMatches('s', 'confirm', 7, 'm', t)).toBe(false)
    expect(tokenMatches('s', 'confirm', 7, 'n', 'short')).toBe(false)
  })
})
