import type { Loader } from 'astro/loaders'
import type { PortalSnapshot } from '../../../cms/src/contracts/portal'
import type { ArticleEntry, CategoryEntry, PageEntry, SiteEntry } from '../lib/model'
import { readSnapshot } from './snapshot'

export type CmsCollection = 'sites' | 'articles' | 'pages' | 'categories'

interface Entry {
  id: string
  data: SiteEntry | ArticleEntry | PageEntry | CategoryEntry
}

/**
 * Content-layer loader over the CMS snapshot. One factory serves every collection so the file is
 * read and validated in one place; ids are `<site>/<slug>` because slugs repeat across portals.
 */
export function cmsLoader(collection: CmsCollection): Loader {
  return {
    name: `cong-cms:${collection}`,
    async load({ store, generateDigest, logger }) {
      const snapshot = await readSnapshot()
      const entries = entriesOf(collection, snapshot)
      const kept = new Set<string>()
      for (const { id, data } of entries) {
        const record = data as unknown as Record<string, unknown>
        store.set({ id, data: record, digest: generateDigest(record) })
        kept.add(id)
      }
      // The store persists between builds; anything unpublished since must disappear.
      for (const id of store.keys()) {
        if (!kept.has(id)) store.delete(id)
      }
      logger.info(`${entries.length} ${collection} from ${snapshot.sites.length} site(s)`)
    },
  }
}

function entriesOf(collection: CmsCollection, snapshot: PortalSnapshot): Entry[] {
  switch (collection) {
    case 'sites':
      return snapshot.sites.map(({ pages: _p, categories: _c, news: _n, ...site }, position) => ({
        id: site.slug,
        data: { ...site, position, generatedAt: snapshot.generatedAt },
      }))
    case 'articles':
      return snapshot.sites.flatMap((site) =>
        site.news.map((article, position) => ({
          id: `${site.slug}/${article.slug}`,
          data: { ...article, site: site.slug, position },
        })),
      )
    case 'pages':
      return snapshot.sites.flatMap((site) =>
        site.pages.map((page, position) => ({
          id: `${site.slug}/${page.slug}`,
          data: { ...page, site: site.slug, position },
        })),
      )
    case 'categories':
      return snapshot.sites.flatMap((site) =>
        site.categories.map((category, position) => ({
          id: `${site.slug}/${category.slug}`,
          data: { ...category, site: site.slug, position },
        })),
      )
  }
}
