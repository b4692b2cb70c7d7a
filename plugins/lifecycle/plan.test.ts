import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { referenceRemapper, sharingWithout } from './links'
import { collectionCounts, type CollectionInput, joinedMap, moveOrder, planCollection, releaseRedirects, slugPicker } from './plan'

const legalPath = (doc: Record<string, unknown>) => (doc.slug ? `/van-ban/${doc.slug}/` : null)

const legal = (over: Partial<CollectionInput>): CollectionInput => ({
  slug: 'legal-documents',
  label: 'Văn bản pháp luật',
  versioned: true,
  sharing: true,
  contribution: { slugField: 'slug', identity: (doc) => (doc.dedupeKey ? String(doc.dedupeKey) : null) },
  path: legalPath,
  titleField: 'number',
  fromSlug: 'xa-a',
  docsA: [],
  docsB: [],
  ...over,
})

describe('planning one collection of a merger', () => {
  it("moves a's documents, joins those b already has and renames slug conflicts", () => {
    const plan = planCollection(
      legal({
        docsA: [
          { id: 1, number: '12/QĐ-UBND', slug: '12-qd-ubnd-2025', dedupeKey: '12-qd-ubnd-2025|ubnd xa a' },
          { id: 2, number: '42/2022/NĐ-CP', slug: '42-2022-nd-cp', dedupeKey: '42-2022-nd-cp|chinh phu' },
          { id: 3, number: '7/QĐ-UBND', slug: '7-qd-ubnd-2025', dedupeKey: '7-qd-ubnd-2025|ubnd xa a' },
          { id: 4, number: '9/QĐ-UBND', slug: '9-qd-ubnd-2025', dedupeKey: '9-qd-ubnd-2025|ubnd xa a' },
        ],
        docsB: [
          { id: 10, number: '12/QĐ-UBND', slug: '12-qd-ubnd-2025', dedupeKey: '12-qd-ubnd-2025|ubnd xa b' },
          { id: 11, number: '42/2022/NĐ-CP', slug: '42-2022-nd-cp-1', dedupeKey: '42-2022-nd-cp|chinh phu' },
        ],
        publication: new Map([
          ['1', 'published'],
          ['2', 'published'],
          ['3', 'draft'],
          ['4', 'published-with-draft'],
        ]),
      }),
    )
    const [sameNumber, identical, draft, pending] = plan.docs
    expect(sameNumber).toMatchObject({ action: 'move', target: 1, oldSlug: '12-qd-ubnd-2025', newSlug: '12-qd-ubnd-2025-xa-a', paths: [['/van-ban/12-qd-ubnd-2025/', '/van-ban/12-qd-ubnd-2025-xa-a/']] })
    expect(identical).toMatchObject({ action: 'join', target: 11, paths: [['/van-ban/42-2022-nd-cp/', '/van-ban/42-2022-nd-cp-1/']] })
    expect(draft).toMatchObject({ action: 'move', publication: 'draft', newSlug: '7-qd-ubnd-2025', paths: [] })
    expect(pending).toMatchObject({ action: 'move', publication: 'published-with-draft', paths: [['/van-ban/9-qd-ubnd-2025/', '/van-ban/9-qd-ubnd-2025/']] })
    expect(collectionCounts(plan)).toEqual({ moved: 3, published: 2, pendingDrafts: 1, joined: 1, renamed: 1, cleared: 0, redirects: 3 })
    expect(joinedMap([plan]).get('legal-documents')).toEqual(new Map([['2', 11]]))
  })

  it('joins on any of several identity keys (a category with the same slug or the same mandatory section)', () => {
    const plan = planCollection({
      slug: 'categories',
      label: 'Chuyên mục',
      versioned: false,
      sharing: false,
      contribution: { slugField: 'slug', identity: (doc) => [`slug:${doc.slug}`, doc.section ? `section:${doc.section}` : null] },
      path: (doc) => `/chuyen-muc/${doc.slug}/`,
      titleField: 'title',
      fromSlug: 'xa-a',
      docsA: [
        { id: 1, slug: 'tin-dia-phuong', section: null },
        { id: 2, slug: 'thong-bao-xa-a', section: 'thong-bao' },
        { id: 3, slug: 'le-hoi', section: null },
      ],
      docsB: [
        { id: 20, slug: 'tin-dia-phuong', section: null },
        { id: 21, slug: 'thong-bao', section: 'thong-bao' },
      ],
    })
    expect(plan.docs.map((d) => [d.action, d.target, d.paths[0]])).toEqual([
      ['join', 20, ['/chuyen-muc/tin-dia-phuong/', '/chuyen-muc/tin-dia-phuong/']],
      ['join', 21, ['/chuyen-muc/thong-bao-xa-a/', '/chuyen-muc/thong-bao/']],
      ['move', 3, ['/chuyen-muc/le-hoi/', '/chuyen-muc/le-hoi/']],
    ])
  })

  it("clears a site-unique field b already holds, retitles, and maps the document's other-locale path", () => {
    const plan = planCollection({
      slug: 'pages',
      label: 'Trang nội dung',
      versioned: true,
      sharing: false,
      contribution: {
        slugField: 'slug',
        siteUnique: ['section'],
        retitle: 'title',
        alternates: [{ locale: 'en', path: (doc) => (doc.title ? `/en/${doc.slug}/` : null) }],
      },
      path: (doc) => `/${doc.slug}/`,
      titleField: 'title',
      fromSlug: 'xa-a',
      docsA: [
        { id: 1, slug: 'gioi-thieu', section: 'gioi-thieu', title: 'Giới thiệu' },
        { id: 2, slug: 'lich-su', section: null, title: 'Lịch sử' },
      ],
      docsB: [{ id: 9, slug: 'gioi-thieu', section: 'gioi-thieu', title: 'Giới thiệu' }],
      alternatesA: new Map([['en', new Map([['1', { id: 1, slug: 'gioi-thieu', title: 'About' }], ['2', { id: 2, slug: 'lich-su', title: null }]])]]),
      publication: new Map([
        ['1', 'published'],
        ['2', 'published'],
      ]),
    })
    expect(plan.docs[0]).toMatchObject({
      action: 'move',
      newSlug: 'gioi-thieu-xa-a',
      cleared: ['section'],
      retitle: true,
      paths: [
        ['/gioi-thieu/', '/gioi-thieu-xa-a/'],
        ['/en/gioi-thieu/', '/en/gioi-thieu-xa-a/'],
      ],
    })
    expect(plan.docs[1]).toMatchObject({ newSlug: 'lich-su', cleared: [], retitle: false, paths: [['/lich-su/', '/lich-su/']] })
  })

  it('picks free slugs in order and never hands out one twice', () => {
    const pick = slugPicker(new Set(['a', 'a-xa-a']), 'xa-a')
    expect([pick('a'), pick('a'), pick('b'), pick('b')]).toEqual(['a-xa-a-2', 'a-xa-a-3', 'b', 'b-xa-a'])
  })

  it('moves collections after those they refer to, whatever the config order, and breaks cycles', () => {
    const order = moveOrder([
      { slug: 'news', after: ['media', 'categories', 'users'] },
      { slug: 'consultation-comments', after: ['consultations', 'users'] },
      { slug: 'questions', after: ['dialogue-sessions', 'questions'] },
      { slug: 'consultations', after: ['legal-documents', 'legal-files'] },
      { slug: 'legal-documents', after: ['legal-documents', 'legal-files'] },
      { slug: 'categories', after: [] },
      { slug: 'dialogue-sessions', after: ['media'] },
      { slug: 'media', after: [] },
      { slug: 'legal-files', after: [] },
      { slug: 'a', after: ['b'] },
      { slug: 'b', after: ['a'] },
    ])
    const at = (s: string) => order.findIndex((c) => c.slug === s)
    for (const [first, then] of [
      ['categories', 'news'],
      ['media', 'news'],
      ['consultations', 'consultation-comments'],
      ['legal-documents', 'consultations'],
      ['legal-files', 'legal-documents'],
      ['dialogue-sessions', 'questions'],
    ]) {
      expect(at(first!), `${first} before ${then}`).toBeLessThan(at(then!))
    }
    expect(order).toHaveLength(11)
  })
})

describe("where the rest of a's last release goes", () => {
  const b = 'https://xab.gov.vn'
  it('sends files, lists of moved documents, later pages, b’s own paths and the rest somewhere live', () => {
    const redirects = new Map([
      ['/', `${b}/`],
      ['/en/', `${b}/en/`],
      ['/tin-tuc/bai-1/', `${b}/tin-tuc/bai-1/`],
      ['/chuyen-muc/le-hoi/', `${b}/chuyen-muc/le-hoi/`],
    ])
    const out = releaseRedirects({
      fromRelease: ['/', '/chuyen-muc/le-hoi/trang/2/', '/en/lich-su/', '/hoi-dap-truc-tuyen/', '/media/anh-1.webp', '/tep/qd.pdf', '/tin-tuc/', '/tin-tuc/bai-cu/', '/tin-tuc/trang/3/', '/van-ban/', '/van-ban/loai/luat/', '/khong-con/'],
      intoRelease: new Set(['/', '/hoi-dap-truc-tuyen/', '/tin-tuc/']),
      redirects,
      movedFolders: new Set(['/tin-tuc/', '/van-ban/', '/chuyen-muc/']),
      to: (p) => `${b}${p}`,
    })
    expect(Object.fromEntries(out)).toEqual({
      '/media/anh-1.webp': `${b}/media/anh-1.webp`,
      '/tep/qd.pdf': `${b}/tep/qd.pdf`,
      '/tin-tuc/': `${b}/tin-tuc/`,
      '/van-ban/': `${b}/van-ban/`,
      '/hoi-dap-truc-tuyen/': `${b}/hoi-dap-truc-tuyen/`,
      '/khong-con/': `${b}/`,
      '/en/lich-su/': `${b}/en/`,
      '/tin-tuc/bai-cu/': `${b}/tin-tuc/`,
      '/tin-tuc/trang/3/': `${b}/tin-tuc/`,
      '/van-ban/loai/luat/': `${b}/van-ban/`,
      '/chuyen-muc/le-hoi/trang/2/': `${b}/chuyen-muc/le-hoi/`,
    })
  })
})

describe('references inside moved documents', () => {
  const fields: Field[] = [
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true },
    { name: 'finalDocument', type: 'relationship', relationTo: 'legal-documents' },
    {
      type: 'collapsible',
      label: 'x',
      fields: [
        {
          name: 'relations',
          type: 'array',
          fields: [
            { name: 'kind', type: 'text' },
            { name: 'document', type: 'relationship', relationTo: 'legal-documents' },
          ],
        },
      ],
    },
    { name: 'title', type: 'text' },
  ]
  const joined = new Map([
    ['categories', new Map<string, number>([['3', 30], ['4', 30]])],
    ['legal-documents', new Map<string, number>([['7', 70]])],
  ])
  const remap = referenceRemapper(fields, joined)

  it('point at b’s copy of a joined document, at any depth, once', () => {
    const doc = { title: 'x', categories: [3, 4, 5], finalDocument: { id: 7 }, relations: [{ id: 'r1', kind: 'replaces', document: 7 }, { id: 'r2', kind: 'amends', document: 8 }] }
    expect(remap(doc)).toEqual({ categories: [30, 5], finalDocument: 70, relations: [{ id: 'r1', kind: 'replaces', document: 70 }, { id: 'r2', kind: 'amends', document: 8 }] })
    expect(doc.categories).toEqual([3, 4, 5])
  })

  it('leave other documents alone', () => {
    expect(remap({ title: 'y', categories: [5], finalDocument: null, relations: [] })).toEqual({})
  })

  it('drop the sites a moved document no longer needs to be shared with', () => {
    expect(sharingWithout({ sharedWith: [{ id: 1 }, 2, 3] }, [1, 2])).toEqual({ sharedWith: [3] })
    expect(sharingWithout({ sharedWith: [3] }, [1, 2])).toEqual({})
  })
})
