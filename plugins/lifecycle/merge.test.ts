import { describe, expect, it } from 'vitest'

import { linkRewriter } from './merge'

const b = 'http://xa-b.localhost:3000'
const redirects = new Map([
  ['/tin-tuc/khai-truong/', `${b}/tin-tuc/khai-truong-xa-a/`],
  ['/gioi-thieu/', `${b}/gioi-thieu-xa-a/`],
  ['/tin-tuc/chia-se/', 'http://tinh.localhost:3000/tin-tuc/chia-se/'],
])
const rewrite = linkRewriter(redirects, b)

describe('links inside moved content', () => {
  it("point at the content's new path on the portal it moved to", () => {
    const content = {
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'custom', url: '/tin-tuc/khai-truong' }, children: [] }] },
          { type: 'paragraph', children: [{ type: 'link', fields: { url: 'https://hatinh.gov.vn/' }, children: [] }] },
        ],
      },
    }
    const layout = [{ blockType: 'linksList', links: [{ label: 'Giới thiệu', url: '/gioi-thieu/#lien-he' }, { label: 'Tìm kiếm', url: '/tim-kiem/' }, { label: 'Bài chia sẻ', url: '/tin-tuc/chia-se/' }] }]
    const patch = rewrite({ content, layout }) as { content: typeof content; layout: typeof layout }
    expect(patch.content.root.children[0]!.children[0]!.fields.url).toBe('/tin-tuc/khai-truong-xa-a/')
    expect(patch.content.root.children[1]).toBe(content.root.children[1])
    expect(patch.layout[0]!.links.map((l) => l.url)).toEqual(['/gioi-thieu-xa-a/#lien-he', '/tim-kiem/', 'http://tinh.localhost:3000/tin-tuc/chia-se/'])
    expect(layout[0]!.links[0]!.url).toBe('/gioi-thieu/#lien-he')
  })

  it('leaves documents without such links untouched', () => {
    expect(rewrite({ title: 'x', content: { root: { children: [] } } })).toEqual({})
  })
})
