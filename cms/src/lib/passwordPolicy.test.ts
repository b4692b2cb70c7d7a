import { describe, expect, it } from 'vitest'

import { passwordProblem } from './passwordPolicy'

describe('password policy', () => {
  it('refuses passwords shorter than 12 characters', () => {
    expect(passwordProblem('Ng4n-qua!')).toMatch(/ít nhất 12 ký tự/)
  })

  it('refuses common passwords, whatever their case', () => {
    expect(passwordProblem('qwerty123456')).toMatch(/quá phổ biến/)
    expect(passwordProblem('QWERTY123456')).toMatch(/too common/)
    expect(passwordProblem('1Qaz2Wsx3Edc')).toMatch(/quá phổ biến/)
  })

  it("refuses the user's own email address or name", () => {
    expect(passwordProblem('Nguyen.Van.An@cong.gov.vn', { email: 'nguyen.van.an@cong.gov.vn' })).toMatch(/email/)
    expect(passwordProblem('Nguyen.Van.An', { email: 'nguyen.van.an@cong.gov.vn' })).toMatch(/email/)
  })

  it('refuses the name with or without spaces', () => {
    expect(passwordProblem('Nguyễn Văn Biên', { name: 'Nguyễn Văn Biên' })).toMatch(/họ tên/)
    expect(passwordProblem('nguyễnvănbiên', { name: 'Nguyễn Văn Biên' })).toMatch(/họ tên/)
  })

  it('refuses long passwords that are easy to guess (zxcvbn score below 3)', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/quá dễ đoán/)
    expect(passwordProblem('abcdefghijkl')).toMatch(/too easy to guess/)
    expect(passwordProblem('135791357913')).toMatch(/quá dễ đoán/)
    expect(passwordProblem('zzzzzzzz1111')).toMatch(/quá dễ đoán/)
    expect(passwordProblem('qwertyuiopas')).toMatch(/quá dễ đoán/)
    expect(passwordProblem('Password2026!')).toMatch(/quá dễ đoán/)
  })

  it('accepts a long, uncommon password, including the demo and test ones', () => {
    for (const password of ['Kiem-tra-phan-quyen-2026', 'Mây-trắng-bay-2026', 'Đặt-lại-mật-khẩu-2026']) expect(passwordProblem(password)).toBeNull()
    expect(passwordProblem('Thu-nghiem-2026!')).toBeNull()
    expect(passwordProblem('Cabcdefghjkmnop9')).toBeNull()
    expect(passwordProblem('mây trắng bay trên núi Hồng')).toBeNull()
  })
})
