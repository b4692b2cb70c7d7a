import type { APIRoute, InferGetStaticPropsType } from 'astro'
import { sitePaths } from '../../lib/routes'
import { sitemapEntries, sitemapXml } from '../../lib/sitemap'

export const getStaticPaths = sitePaths

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { portal } }) =>
  new Response(sitemapXml(portal.site.baseUrl, sitemapEntries(portal)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
