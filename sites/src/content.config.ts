import { defineCollection } from 'astro:content'
import { cmsLoader } from './loaders/cms'

// No collection schema: the loader already validated the whole snapshot against the CMS
// contract (`PortalSnapshot`), and `src/lib/portal.ts` gives the entries their contract types.
export const collections = {
  sites: defineCollection({ loader: cmsLoader('sites') }),
  articles: defineCollection({ loader: cmsLoader('articles') }),
  pages: defineCollection({ loader: cmsLoader('pages') }),
  categories: defineCollection({ loader: cmsLoader('categories') }),
}
