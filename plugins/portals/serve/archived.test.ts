import { describe, expect, it } from 'vitest'

import { fallbackFor, hostsOf, type LifecycleSite, pathCandidates } from './archived'

const site = (id: number, extra: Partial<LifecycleSite> = {}): LifecycleSite => ({ id, slug: `s${id}`, domains: [`s${id}.gov.vn`], status: 'archived', mergedInto: null, redirectTo: null, ...extra })

describe('what an archived portal answers', () => {
  it('tries the exact path, then its trailing-slash twin', () => {
    expect(pathCandidates('/tin-tuc/a/')).toEqual(['/tin-tuc/a/', '/tin-tuc/a'])
    expect(pathCandidates('/tin-tuc/a')).toEqual(['/tin-tuc/a', '/tin-tuc/a/'])
    expect(pathCandidates('/tin-tuc/a/index.html')).toEqual(['/tin-tuc/a/index.html', '/tin-tuc/a/'])
    expect(pathCandidates('/rss.xml')).toEqual(['/rss.xml'])
    expect(pathCandidates('/')).toEqual(['/'])
  })

  it('sends unmatched paths of a merged site to the live end of the merge chain', () => {
    const sites = new Map([
      [1, site(1, { mergedInto: 2 })],
      [2, site(2, { mergedInto: 3 })],
      [3, site(3, { status: 'active', domains: [] })],
    ])
    expect(fallbackFor(sites.get(1)!, (id) => sites.get(Number(id)))).toEqual({ kind: 'redirect', url: expect.stringMatching(/^http:\/\/s3\.localhost:\d+\/$/) })
  })

  it('redirects a retired site to its URL, and shows the notice otherwise or on a loop', () => {
    expect(fallbackFor(site(1, { redirectTo: 'https://hatinh.gov.vn/' }), () => undefined)).toEqual({ kind: 'redirect', url: 'https://hatinh.gov.vn/' })
    expect(fallbackFor(site(1), () => undefined)).toEqual({ kind: 'notice' })
    const loop = new Map([
      [1, site(1, { mergedInto: 2 })],
      [2, site(2, { mergedInto: 1 })],
    ])
    expect(fallbackFor(loop.get(1)!, (id) => loop.get(Number(id)))).toEqual({ kind: 'notice' })
  })

  it('answers on every domain and on <slug>.<suffix>', () => {
    expect(hostsOf({ slug: 'xa-a', domains: ['XaA.gov.vn'] }, 'localhost')).toEqual(['xaa.gov.vn', 'xa-a.localhost'])
  })
})
