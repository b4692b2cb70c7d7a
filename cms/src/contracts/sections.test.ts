import { describe, expect, it } from 'vitest'

import { presentSections } from './sections'

describe('presentSections', () => {
  it('lists tagged pages and categories with news, in registry order', () => {
    const sections = presentSections({
      pages: [
        { slug: 'lien-he', section: 'lien-he', en: { title: 'Contact' } },
        { slug: 'gioi-thieu', section: 'gioi-thieu', en: null },
        { slug: 'lich-su', section: null, en: null },
      ],
      categories: [
        { slug: 'thong-bao', section: 'chi-dao-dieu-hanh' },
        { slug: 'tin-hoat-dong', section: 'tin-tuc' },
      ],
      articles: [{ categories: ['tin-hoat-dong'] }],
    })
    expect(sections).toEqual([
      { key: 'gioi-thieu', kind: 'page', slug: 'gioi-thieu', english: false },
      { key: 'lien-he', kind: 'page', slug: 'lien-he', english: true },
      { key: 'tin-tuc', kind: 'category', slug: 'tin-hoat-dong', english: false },
    ])
  })

  it('leaves out an empty category, unknown keys and second holders of a key', () => {
    const sections = presentSections({
      pages: [
        { slug: 'a', section: 'van-ban', en: null },
        { slug: 'b', section: 'van-ban', en: null },
        { slug: 'c', section: 'khong-co', en: null },
      ],
      categories: [{ slug: 'trong', section: 'thong-ke' }],
      articles: [],
    })
    expect(sections).toEqual([{ key: 'van-ban', kind: 'page', slug: 'a', english: false }])
  })
})
