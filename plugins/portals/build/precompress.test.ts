import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { brotliWindowBits, compress, compressedCopies } from './precompress'

/** A page-like body: Vietnamese text in repeated markup, `kb` kilobytes, varied enough not to collapse. */
function page(kb: number): Buffer {
  const parts: string[] = ['<!doctype html><html lang="vi"><body><main>']
  for (let i = 0; parts.join('').length < kb * 1024; i++) {
    parts.push(`<article><h2>Thông báo số ${i * 7919} về thủ tục hành chính</h2><p>Ủy ban nhân dân xã ${i % 97} công bố danh mục ${(i * 31) % 1000} thủ tục.</p></article>`)
  }
  parts.push('</main></body></html>')
  return Buffer.from(parts.join(''))
}

describe('precompressed copies', () => {
  it('gives brotli a window just large enough for the body, never below 64 KB nor above the maximum', () => {
    expect(brotliWindowBits(0)).toBe(16)
    expect(brotliWindowBits(22_000)).toBe(16)
    expect(brotliWindowBits(65_536)).toBe(16)
    expect(brotliWindowBits(65_537)).toBe(17)
    expect(brotliWindowBits(180_000)).toBe(18)
    expect(brotliWindowBits(1 << 30)).toBe(zlib.constants.BROTLI_MAX_WINDOW_BITS)
  })

  it('writes copies that decompress to the body, as small as with the default window', async () => {
    for (const kb of [1, 22, 70, 300]) {
      const body = page(kb)
      const copies = await compressedCopies(body)
      expect(copies.map((c) => c.suffix)).toEqual(['.br', '.gz'])
      expect(zlib.brotliDecompressSync(copies[0]!.data).equals(body)).toBe(true)
      expect(zlib.gunzipSync(copies[1]!.data).equals(body)).toBe(true)
      const defaultWindow = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } })
      // At most 1 % larger (a 64 KB window on a small page is as good; a larger body gets its whole size).
      expect(copies[0]!.data.length, `${kb} KB`).toBeLessThanOrEqual(Math.ceil(defaultWindow.length * 1.01))
      expect((await compress(body, 'br')).equals(copies[0]!.data)).toBe(true)
    }
  })

  it('writes no copy of a body too small to be worth it', async () => {
    expect(await compressedCopies('<p>ngắn</p>')).toEqual([])
  })
})
