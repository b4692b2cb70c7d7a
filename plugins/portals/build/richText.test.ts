import { describe, expect, it } from 'vitest'

import type { ImageRef } from '../../../cms/src/contracts/portal'
import { imageTag, richTextHtml } from './richText'

const base = { format: '', indent: 0, version: 1, direction: 'ltr' }
const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const item = (value: number, label: string) => ({ ...base, type: 'listitem', value, children: [text(label)] })
const list = (tag: 'ul' | 'ol') => ({
  ...base,
  type: 'list',
  listType: tag === 'ul' ? 'bullet' : 'number',
  start: 1,
  tag,
  children: [item(1, 'một'), item(2, 'hai')],
})
const state = (...children: object[]) => ({ root: { ...base, type: 'root', children } })

const picture: ImageRef = {
  url: '/media/anh.jpg',
  alt: 'Toàn cảnh hội nghị',
  width: 1600,
  height: 900,
  sizes: [
    { url: '/media/anh-480.webp', width: 480 },
    { url: '/media/anh-960.webp', width: 960 },
  ],
}

describe('rich text for the portals', () => {
  it('writes list items without the value attribute', () => {
    const html = richTextHtml(state(list('ul'), list('ol')), () => null)
    expect(html).toContain('<ul class="list-bullet"><li>một</li><li>hai</li></ul>')
    expect(html).toContain('<ol class="list-number"><li>một</li><li>hai</li></ol>')
    expect(html).not.toContain('value=')
  })

  it('turns an uploaded picture into a lazy, responsive img of the published copy', () => {
    const seen: unknown[] = []
    const upload = { ...base, type: 'upload', relationTo: 'media', value: { id: 7, filename: 'anh.jpg' }, fields: null }
    const html = richTextHtml(state(upload), (doc) => {
      seen.push(doc)
      return picture
    })
    expect(seen).toEqual([{ id: 7, filename: 'anh.jpg' }])
    expect(html).toBe(
      '<img src="/media/anh.jpg" srcset="/media/anh-480.webp 480w, /media/anh-960.webp 960w" sizes="(min-width: 46rem) 44rem, 100vw" alt="Toàn cảnh hội nghị" width="1600" height="900" loading="lazy" decoding="async">',
    )
  })

  it('leaves out a picture that cannot be published and escapes attributes', () => {
    const upload = { ...base, type: 'upload', relationTo: 'media', value: 7, fields: null }
    expect(richTextHtml(state(upload), () => null)).toBe('')
    expect(imageTag({ ...picture, alt: 'Ảnh "đẹp" <b>' , sizes: [] })).toContain('alt="Ảnh &quot;đẹp&quot; &lt;b&gt;"')
  })

  it('returns nothing for an empty field', () => {
    expect(richTextHtml(null, () => null)).toBe('')
  })
})
