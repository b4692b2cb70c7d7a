import { describe, expect, it } from 'vitest'

import { validateSubmission } from './validate'

const good = {
  name: 'Nguyễn Văn An',
  email: 'An.Nguyen@Example.com',
  phone: '0912 345 678',
  address: 'Xã Thạch Hà, tỉnh Hà Tĩnh',
  topic: 'Đất đai',
  text: 'Xin hỏi thủ tục tách thửa đất cần những giấy tờ gì?',
  consent: 'on',
}

describe('question validation', () => {
  it('accepts a complete question and normalises it', () => {
    const result = validateSubmission({ ...good, name: '  Nguyễn Văn An  ', text: good.text.normalize('NFD') })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.submission.name).toBe('Nguyễn Văn An')
    expect(result.submission.email).toBe('an.nguyen@example.com')
    expect(result.submission.text).toBe(good.text.normalize('NFC'))
    expect(result.submission.session).toBeNull()
  })

  it('reports every field at once, in Vietnamese and English', () => {
    const result = validateSubmission({ name: 'A', email: 'không-phải-email', phone: '12', text: 'ngắn' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['address', 'consent', 'email', 'name', 'phone', 'text'])
    for (const message of Object.values(result.errors)) {
      expect(message!.vi).toMatch(/[^\x00-\x7F]/)
      expect(message!.en).toMatch(/^[\x20-\x7E–]+$/)
    }
    expect(result.values.name).toBe('A')
  })

  it('limits lengths', () => {
    const result = validateSubmission({ ...good, text: 'x'.repeat(4001), name: 'n'.repeat(101), topic: 't'.repeat(101), address: 'a'.repeat(301) })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.text?.vi).toMatch(/4000/)
    expect(result.errors.name?.vi).toMatch(/100/)
    expect(result.errors.topic?.vi).toMatch(/100/)
    expect(result.errors.address?.vi).toMatch(/300/)
  })

  it('refuses values that are not text, and a session that is not a slug', () => {
    const result = validateSubmission({ ...good, name: ['a', 'b'], session: '../x' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.name).toBeDefined()
    expect(result.errors.session).toBeDefined()
  })

  it('refuses numbers and objects instead of turning them into text; takes JSON booleans for the ticks', () => {
    const result = validateSubmission({ ...good, phone: 912345678, topic: { x: 1 }, email: ['a@b.vn'] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['email', 'phone', 'topic'])
    const flags = validateSubmission({ ...good, consent: true, showName: true })
    expect(flags.ok && flags.submission.showName).toBe(true)
    const hidden = validateSubmission(good)
    expect(hidden.ok && hidden.submission.showName).toBe(false)
  })

  it('removes control characters before checking lengths (what is stored is what was checked)', () => {
    const result = validateSubmission({ ...good, text: `Xin hỏi\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000` })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.text?.vi).toMatch(/ít nhất 10/)
    const kept = validateSubmission({ ...good, text: `${good.text}\u0000\u001b[31m` })
    expect(kept.ok && kept.submission.text).toBe(`${good.text}[31m`)
  })

  it('keeps the honeypot for the screening', () => {
    const result = validateSubmission({ ...good, website: 'http://bot.example' })
    expect(result.ok && result.submission.honeypot).toBe('http://bot.example')
  })
})
