/**
 * WCAG 2.2 colour contrast (success criterion 1.4.3), as pure functions.
 *
 * The CMS uses it to refuse a brand colour that fails AA, the portals to pick readable colours
 * from whatever reaches them; it lives beside the contracts because both sides import it and it
 * depends on nothing.
 */

/** Red, green, blue channels, 0–255. */
export type Rgb = readonly [number, number, number]

/** Minimum contrast for normal-size text at level AA. */
export const AA_TEXT = 4.5

export const WHITE: Rgb = [255, 255, 255]

/** `#rgb` or `#rrggbb`, any case. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** The channels of a hex colour, or null when the text is not one. */
export function parseHex(value: string): Rgb | null {
  const hex = value.trim()
  if (!HEX_COLOUR.test(hex)) return null
  const digits = hex.slice(1)
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`
}

/** Relative luminance as WCAG defines it (sRGB, 0 for black to 1 for white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const [la, lb] = [a, b].map((c) => relativeLuminance(typeof c === 'string' ? mustParse(c) : c)) as [number, number]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

export type BrandColourCheck =
  | { ok: true; ratio: number }
  | { ok: false; reason: 'format' }
  /** `suggestion` keeps the hue and is darkened just enough to pass. */
  | { ok: false; reason: 'contrast'; ratio: number; suggestion: string }

/**
 * Whether a brand colour works in both places a theme uses it: as the background of white text
 * (header, current page in the pagination) and as the colour of links on white. Contrast is
 * symmetric, so both come down to one ratio against white, which must reach 4.5:1.
 */
export function checkBrandColour(value: string): BrandColourCheck {
  const rgb = parseHex(value)
  if (!rgb) return { ok: false, reason: 'format' }
  const ratio = contrastRatio(rgb, WHITE)
  if (ratio >= AA_TEXT) return { ok: true, ratio }
  return { ok: false, reason: 'contrast', ratio, suggestion: toHex(readableOn(rgb, [WHITE])) }
}

/**
 * The colour itself when it reaches `min` against every background, otherwise the same hue made
 * darker step by step until it does (black at worst, which passes on any light background).
 */
export function readableOn(colour: Rgb, backgrounds: readonly Rgb[], min = AA_TEXT): Rgb {
  const passes = (c: Rgb) => backgrounds.every((bg) => contrastRatio(c, bg) >= min)
  if (passes(colour)) return colour
  const [h, s, l] = toHsl(colour)
  for (let lightness = l - 0.005; lightness > 0; lightness -= 0.005) {
    const darker = fromHsl(h, s, lightness)
    if (passes(darker)) return darker
  }
  return [0, 0, 0]
}

/** Ratios are shown to editors rounded down, so "4.49" never reads as "4.5". */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2)
}

function mustParse(value: string): Rgb {
  const rgb = parseHex(value)
  if (!rgb) throw new TypeError(`Not a hex colour: ${value}`)
  return rgb
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rf, gf, bf] = [r / 255, g / 255, b / 255]
  const max = Math.max(rf, gf, bf)
  const min = Math.min(rf, gf, bf)
  const l = (max + min) / 2
  if (max === min) return [0, 0, l]
  const d = max - min
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min)
  const h = max === rf ? (gf - bf) / d + (gf < bf ? 6 : 0) : max === gf ? (bf - rf) / d + 2 : (rf - gf) / d + 4
  return [h / 6, s, l]
}

function fromHsl(h: number, s: number, l: number): Rgb {
  if (s === 0) return [l, l, l].map((c) => Math.round(c * 255)) as unknown as Rgb
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const channel = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t
    if (x < 1 / 6) return p + (q - p) * 6 * x
    if (x < 1 / 2) return q
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6
    return p
  }
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((c) => Math.round(c * 255)) as unknown as Rgb
}
