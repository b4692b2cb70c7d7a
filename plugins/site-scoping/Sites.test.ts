import { describe, expect, it } from 'vitest'

import { validateBrandColour, validateEmcSnippet, validateFeedbackUrl } from './Sites'

describe('site field validation', () => {
  it('accepts an AA brand colour and refuses a light one in Vietnamese and English, with a suggestion', () => {
    expect(validateBrandColour('#1e5631')).toBe(true)
    expect(validateBrandColour('')).toBe(true)
    const message = validateBrandColour('#f5a300')
    expect(message).toMatch(/^Màu #f5a300 không đạt chuẩn tương phản WCAG AA: .* cần ít nhất 4,5:1\. .* \/ #f5a300 fails WCAG AA contrast: .* at least 4\.5:1 is needed/)
    expect(message).toMatch(/e\.g\. #[0-9a-f]{6}\.$/)
    expect(validateBrandColour('orange')).toMatch(/#rrggbb.*\/ Use the form #rrggbb/)
  })

  it('takes an http(s) page or a mailto: address as feedback target, nothing else', () => {
    expect(validateFeedbackUrl('https://dichvucong.hatinh.gov.vn/gop-y')).toBe(true)
    expect(validateFeedbackUrl('mailto:gopy@hatinh.gov.vn')).toBe(true)
    expect(validateFeedbackUrl(null)).toBe(true)
    for (const bad of ['javascript:alert(1)', 'mailto:khong-phai-email', 'gopy@hatinh.gov.vn', 'https://']) {
      expect(validateFeedbackUrl(bad), bad).toMatch(/\/ Enter an https/)
    }
  })

  it('checks a new EMC snippet against the allow-list but lets an unchanged one through', () => {
    expect(validateEmcSnippet('<script src="https://emc.gov.vn/t.js"></script>')).toBe(true)
    expect(validateEmcSnippet('<script src="https://evil.example/t.js"></script>')).toMatch(/evil\.example/)
    const old = '<script src="https://old-host.example/t.js"></script>'
    expect(validateEmcSnippet(old, { previousValue: old })).toBe(true)
  })
})
