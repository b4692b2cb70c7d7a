import { parseHex, readableOn, toHex, WHITE } from '../../cms/src/contracts/contrast'

/** Dark red: 8:1 against white, so white header text and brand-coloured links both pass AA. */
export const DEFAULT_BRAND = '#9b1c1c'

/**
 * The brand colour used for header backgrounds (under white text) and for links (on white).
 * The CMS refuses colours that fail AA; this is the safety net for anything older or imported:
 * a colour too light keeps its hue and is made darker until it passes, and a value that is not a
 * hex colour is ignored, which also keeps it from injecting CSS.
 */
export function brandColor(primary: string | null | undefined): string {
  const rgb = primary ? parseHex(primary) : null
  if (!rgb) return DEFAULT_BRAND
  return toHex(readableOn(rgb, [WHITE]))
}

/**
 * The brand colour for links, which also sit on the theme's light grey panels (`surface`): the
 * brand colour itself when it reads there, else a slightly darker shade of it.
 */
export function brandLinkColor(primary: string | null | undefined, surface: string): string {
  const brand = parseHex(brandColor(primary))!
  const background = parseHex(surface) ?? WHITE
  return toHex(readableOn(brand, [WHITE, background]))
}

