import type { APIRoute, InferGetStaticPropsType } from 'astro'
import { sitePaths } from '../../lib/routes'
import { absoluteUrl, sitemapPath } from '../../lib/urls'

export const getStaticPaths = sitePaths

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { portal } }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(portal.site.baseUrl, sitemapPath)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
