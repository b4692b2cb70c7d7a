/** Dark red: 8:1 against white, so white header text and brand-coloured links both pass AA. */
export const DEFAULT_BRAND = '#9b1c1c'

const MIN_CONTRAST = 4.5
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

type Rgb = [number, number, number]

/**
 * The brand colour used for header backgrounds (under white text) and for links (on white).
 * Editors pick colours by taste, so a colour too light for AA keeps its hue and saturation but is
 * made darker until it passes; a value that is not a hex colour is ignored, which also keeps it
 * from injecting CSS.
 */
export function brandColor(primary: string | null | undefined): string {
  const value = primary?.trim()
  if (!value || !HEX.test(value)) return DEFAULT_BRAND
  const rgb = parseHex(value)
  if (contrastWithWhite(rgb) >= MIN_CONTRAST) return toHex(rgb)
  const [h, s, l] = toHsl(rgb)
  for (let lightness = l; lightness > 0; lightness -= 0.01) {
    const darker = fromHsl(h, s, lightness)
    if (contrastWithWhite(darker) >= MIN_CONTRAST) return toHex(darker)
  }
  return DEFAULT_BRAND
}

export function contrastWithWhite(rgb: Rgb): number {
  return 1.05 / (luminance(rgb) + 0.05)
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

function parseHex(hex: string): Rgb {
  const digits = hex.slice(1)
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
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
  if (s === 0) return [l, l, l].map((c) => Math.round(c * 255)) as Rgb
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const channel = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t
    if (x < 1 / 6) return p + (q - p) * 6 * x
    if (x < 1 / 2) return q
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6
    return p
  }
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((c) => Math.round(c * 255)) as Rgb
}
