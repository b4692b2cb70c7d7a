import type { APIRoute, InferGetStaticPropsType } from 'astro'
import { sitePaths } from '../../lib/routes'
import { rssXml } from '../../lib/rss'

export const getStaticPaths = sitePaths

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { portal } }) =>
  new Response(rssXml(portal), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
