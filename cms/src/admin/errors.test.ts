import { describe, expect, it } from 'vitest'

import { bilingualErrors, bilingualMessage } from './errors'

describe("Payload's error messages in Vietnamese and English", () => {
  it('translates the generic server error and the permission error', () => {
    expect(bilingualMessage('Something went wrong.')).toBe('Đã có lỗi xảy ra. Vui lòng thử lại. / Something went wrong.')
    expect(bilingualMessage('You are not allowed to perform this action.')).toBe('Bạn không có quyền thực hiện thao tác này. / You are not allowed to perform this action.')
    // The request's language already Vietnamese (Payload's own wording or ours): English is added.
    expect(bilingualMessage('Lỗi - Bạn không có quyền thực hiện lệnh này.')).toBe('Bạn không có quyền thực hiện thao tác này. / You are not allowed to perform this action.')
  })

  it('keeps the field list of validation errors', () => {
    expect(bilingualMessage('The following field is invalid: password')).toBe('Trường sau chưa hợp lệ: password / The following field is invalid: password')
    expect(bilingualMessage('Lỗi - Những fields sau không hợp lệ: Tiêu đề, Trang')).toBe('Các trường sau chưa hợp lệ: Tiêu đề, Trang / The following fields are invalid: Tiêu đề, Trang')
  })

  it('leaves the platform’s own bilingual messages and unknown text alone', () => {
    expect(bilingualMessage('Cần đăng nhập. / Login required.')).toBe('Cần đăng nhập. / Login required.')
    expect(bilingualMessage('Tiêu đề quá dài')).toBe('Tiêu đề quá dài')
  })

  it('rewrites the REST error answer, keeping the rest of it', async () => {
    const result = { errors: [{ name: 'ValidationError', message: 'The following field is invalid: alt', data: { errors: [{ path: 'alt', message: 'Cần mô tả ảnh' }] } }] }
    const out = await bilingualErrors({ result, error: new Error('x'), req: {} as never, context: {} })
    expect(out).toEqual({ response: { errors: [{ ...result.errors[0], message: 'Trường sau chưa hợp lệ: alt / The following field is invalid: alt' }] } })
    expect(await bilingualErrors({ result: { errors: [{ message: 'Cần đăng nhập. / Login required.' }] }, error: new Error('x'), req: {} as never, context: {} })).toBeUndefined()
  })
})
