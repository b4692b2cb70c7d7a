/** Placeholder cover images drawn with sharp, so the repository ships no binary files. */
import sharp from 'sharp'

export async function placeholderImage(hue: number, label: string, width = 1200, height = 675): Promise<Buffer> {
  const h = ((Math.round(hue) % 360) + 360) % 360
  const escaped = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`).slice(0, 60)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${h},55%,38%)"/><stop offset="1" stop-color="hsl(${(h + 40) % 360},60%,62%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.78}" cy="${height * 0.3}" r="${height * 0.22}" fill="hsla(${(h + 180) % 360},70%,85%,0.35)"/>
  <rect x="${width * 0.08}" y="${height * 0.62}" width="${width * 0.5}" height="${height * 0.06}" rx="8" fill="rgba(255,255,255,0.55)"/>
  <text x="${width * 0.08}" y="${height * 0.55}" font-family="sans-serif" font-size="${Math.round(height / 14)}" fill="#fff">${escaped}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
