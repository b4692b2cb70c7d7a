import { describe, expect, it } from 'vitest'

import { checkBrandColour, contrastRatio, formatRatio, parseHex, readableOn, relativeLuminance, toHex, WHITE } from './contrast'

describe('WCAG contrast maths', () => {
  it('parses #rgb and #rrggbb and nothing else', () => {
    expect(parseHex('#9B1C1C')).toEqual([155, 28, 28])
    expect(parseHex('#fff')).toEqual([255, 255, 255])
    expect(parseHex(' #000000 ')).toEqual([0, 0, 0])
    for (const bad of ['9b1c1c', '#12345', '#ggg', 'red', 'rgb(0,0,0)', '#000;background:url(x)']) {
      expect(parseHex(bad), bad).toBeNull()
    }
    expect(toHex([155, 28, 28])).toBe('#9b1c1c')
  })

  it('gives the luminance and ratios WCAG publishes', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0)
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10)
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10)
    expect(contrastRatio('#fff', '#fff')).toBe(1)
    // Reference values from the WebAIM contrast checker.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it('does not care about the order of the two colours', () => {
    expect(contrastRatio('#1e5631', '#f3f4f6')).toBe(contrastRatio('#f3f4f6', '#1e5631'))
  })

  it('rounds ratios down for display, so a failing colour never shows 4.50', () => {
    expect(formatRatio(4.4999)).toBe('4.49')
    expect(formatRatio(21)).toBe('21.00')
  })
})

describe('brand colour check', () => {
  it('accepts the demo portals’ colours', () => {
    for (const colour of ['#9b1c1c', '#0b3d91', '#0f5c6e', '#1e5631']) {
      expect(checkBrandColour(colour).ok, colour).toBe(true)
    }
  })

  it('refuses a colour that white text (and links on white) cannot read on, with a darker suggestion', () => {
    const check = checkBrandColour('#f5a300')
    expect(check.ok).toBe(false)
    if (check.ok || check.reason !== 'contrast') throw new Error('expected a contrast failure')
    expect(check.ratio).toBeLessThan(4.5)
    expect(contrastRatio(check.suggestion, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(checkBrandColour(check.suggestion).ok).toBe(true)
  })

  it('refuses the colour just under the threshold and accepts the one just over it', () => {
    expect(checkBrandColour('#777777').ok).toBe(false)
    expect(checkBrandColour('#767676').ok).toBe(true)
  })

  it('says when the value is not a colour at all', () => {
    expect(checkBrandColour('blue')).toEqual({ ok: false, reason: 'format' })
  })
})

describe('readableOn', () => {
  it('keeps a colour that already passes', () => {
    expect(readableOn([11, 61, 145], [WHITE])).toEqual([11, 61, 145])
  })

  it('darkens until every background passes', () => {
    const surface = parseHex('#f3f4f6')!
    const nearThreshold = parseHex('#767676')!
    expect(contrastRatio(nearThreshold, surface)).toBeLessThan(4.5)
    const fixed = readableOn(nearThreshold, [WHITE, surface])
    expect(contrastRatio(fixed, surface)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(fixed, WHITE)).toBeGreaterThanOrEqual(4.5)
  })

  it('turns white into a grey that reads on white', () => {
    expect(contrastRatio(readableOn(WHITE, [WHITE]), WHITE)).toBeGreaterThanOrEqual(4.5)
  })

  it('ends at black when no shade can pass', () => {
    // No colour reaches 5:1 against both black and white.
    expect(readableOn(WHITE, [WHITE, [0, 0, 0]], 5)).toEqual([0, 0, 0])
  })
})
