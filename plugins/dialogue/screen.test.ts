import { describe, expect, it } from 'vitest'

import { screenQuestion } from './screen'

const screen = (text: string, name = 'Nguyễn Văn An', honeypot?: string) => screenQuestion({ name, text, honeypot })

describe('screening citizen questions', () => {
  it('lets ordinary questions through, with or without accents', () => {
    expect(screen('Xin hỏi thủ tục cấp đổi giấy phép lái xe cần những giấy tờ gì?')).toEqual({ held: false, reasons: [] })
    expect(screen('Xin hoi thu tuc cap doi giay phep lai xe can nhung giay to gi?')).toEqual({ held: false, reasons: [] })
  })

  it('does not mistake ordinary words that fold like offensive ones', () => {
    // "lớn" (big) and "lon" (a can) fold like an offensive word; "đình" like another.
    expect(screen('Dự án nhà máy lớn ở Vũng Áng có tuyển lao động địa phương không? Tôi muốn mua lon sữa.').held).toBe(false)
    expect(screen('Lễ hội đình làng năm nay tổ chức vào ngày nào?').held).toBe(false)
  })

  it('holds profanity, accented or not', () => {
    expect(screen('Cán bộ gì mà làm việc như lồn vậy').reasons).toContain('profanity')
    expect(screen('lam an nhu vcl, dit me').reasons).toContain('profanity')
  })

  it('holds link spam and advertising', () => {
    expect(screen('Xem ngay http://a.example và www.b.example để nhận quà').reasons).toContain('links')
    expect(screen('Nhà cái uy tín, cá độ bóng đá trực tuyến').reasons).toContain('spam-words')
  })

  it('holds shouting and repeated characters', () => {
    expect(screen('TẠI SAO HỒ SƠ CỦA TÔI NỘP TỪ THÁNG TRƯỚC MÀ VẪN CHƯA ĐƯỢC GIẢI QUYẾT').reasons).toContain('shouting')
    expect(screen('Sao lâu vậyyyyyyyyyy!!!!!!!!!!!!').reasons).toContain('repeated-characters')
  })

  it('holds a filled honeypot instead of dropping the question', () => {
    expect(screen('Một câu hỏi bình thường về thủ tục.', 'Trần B', 'http://spam.example')).toEqual({ held: true, reasons: ['honeypot'] })
  })
})
