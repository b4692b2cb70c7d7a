/**
 * How a portal's own content follows it into the portal it is merged into (`npm run site --
 * merge`, ADR 0018): the contributions of news, pages, categories and media, and the one step
 * that is not a collection's documents: a link in b's footer to a's former introduction.
 */
import type { Payload } from 'payload'

import { pagePath } from '../../themes/model/urls'
import type { Id, LifecycleContribution, MergeStep } from '../lifecycle/types'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export const newsLifecycle: LifecycleContribution = { merge: { slugField: 'slug' } }

/**
 * A page whose slug or mandatory section b already has keeps both apart: new slug, no section
 * (b's page stays the section's), and a title saying where it came from ("Giới thiệu (Xã A)").
 */
export const pagesLifecycle: LifecycleContribution = {
  merge: {
    slugField: 'slug',
    siteUnique: ['section'],
    retitle: 'title',
    alternates: [{ locale: 'en', path: (doc) => (typeof doc.title === 'string' && doc.title ? pagePath(String(doc.slug), 'en') : null) }],
  },
}

/** A category b has too (same slug or same mandatory section) is joined: a's news file under b's. */
export const categoriesLifecycle: LifecycleContribution = {
  merge: { slugField: 'slug', identity: (doc) => [doc.slug ? `slug:${doc.slug}` : null, doc.section ? `section:${doc.section}` : null] },
}

export const mediaLifecycle: LifecycleContribution = { merge: {} }

type FooterLink = { vi: { label: string; url: string }; en: { label: string; url: string } | null }

/** b's footer gets one link to a's former introduction (or, without one, to b's home). */
export const footerLinkStep: MergeStep = {
  name: 'footer-link',
  plan: async ({ from, into, collections }) => {
    const pages = collections.find((c) => c.slug === 'pages')
    const intro = pages?.docs.find((d) => d.action === 'move' && d.publication !== 'draft' && (d.oldSlug === 'gioi-thieu' || d.doc.section === 'gioi-thieu'))
    const vi = intro?.paths.find(([oldPath]) => !oldPath.startsWith('/en/'))?.[1] ?? '/'
    const en = intro?.paths.find(([oldPath]) => oldPath.startsWith('/en/'))?.[1] ?? null
    const link: FooterLink = {
      vi: { label: `${from.name} (trước sáp nhập)`, url: vi },
      en: en ? { label: `${from.nameEn ?? from.name} (before the merger)`, url: en } : null,
    }
    return {
      name: 'footer-link',
      describe: [`trình đơn / menus: thêm "${link.vi.label}" (${link.vi.url}) vào chân trang của ${into.slug}; trình đơn cũ giữ trên trang lưu trữ`],
      apply: async (payload) => ((await addFooterLink(payload, into.id, link)) ? '1 liên kết chân trang' : null),
    }
  },
}

async function addFooterLink(payload: Payload, siteId: Id, link: FooterLink): Promise<boolean> {
  const nav = (await payload.find({ collection: 'navigation', where: { site: { equals: siteId } }, limit: 1, depth: 0, locale: 'vi', overrideAccess: true })).docs[0] as Doc | undefined
  if (!nav) return false
  let added = false
  for (const [locale, item] of [['vi', link.vi], ['en', link.en]] as const) {
    if (!item) continue
    const current = (await payload.findByID({ collection: 'navigation', id: nav.id, locale, fallbackLocale: false as never, depth: 0, overrideAccess: true })) as Doc
    const footer = ((current.footer ?? []) as Doc[]).map((l) => ({ label: l.label, url: l.url }))
    if (footer.some((l) => l.url === item.url) || footer.length >= 30) continue
    await payload.update({ collection: 'navigation', id: nav.id, locale, data: { footer: [...footer, item] }, overrideAccess: true, depth: 0, context: { skipBuild: true } })
    added = true
  }
  return added
}
